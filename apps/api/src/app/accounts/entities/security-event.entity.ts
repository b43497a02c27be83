import type { SecurityEventAction } from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of the security log: a login, a back-off, a password change (see SecurityEvent). */
@Entity('security_event')
export class SecurityEventEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 30 })
  at!: string;

  @Column('varchar', { length: 30 })
  action!: SecurityEventAction;

  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('uuid', { name: 'by_user_id', nullable: true })
  byUserId!: string | null;

  @Column('varchar', { length: 45, nullable: true })
  address!: string | null;

  @Column('varchar', { length: 200, nullable: true })
  detail!: string | null;
}
