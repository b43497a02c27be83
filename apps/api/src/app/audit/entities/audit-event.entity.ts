import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who changed what, when, with the state before and after. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'curriculum_id', nullable: true })
  curriculumId!: string | null;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('varchar', { length: 60 })
  action!: string;

  @Column('varchar', { name: 'entity_type', length: 40 })
  entityType!: string;

  @Column('varchar', { name: 'entity_id', length: 64, nullable: true })
  entityId!: string | null;

  @Column('simple-json', { nullable: true })
  before!: unknown;

  @Column('simple-json', { nullable: true })
  after!: unknown;

  @Column('varchar', { length: 30 })
  at!: string;
}
