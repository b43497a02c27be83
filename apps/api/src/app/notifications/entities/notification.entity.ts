import type { NotificationKind } from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One notification for one user; deleted with the user or the curriculum. */
@Entity('notification')
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('varchar', { length: 20 })
  kind!: NotificationKind;

  @Column('uuid', { name: 'comment_id', nullable: true })
  commentId!: string | null;

  @Column('varchar', { length: 30, nullable: true })
  detail!: string | null;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'read_at', length: 30, nullable: true })
  readAt!: string | null;
}
