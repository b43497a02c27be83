import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An e-mail waiting to be sent: the product writes it with its notification, in the same
 * transaction; a deployment's mail relay sends the rows without `sent_at` and sets it
 * (docs/notifications.md). Deleted with its notification.
 */
@Entity('email_outbox')
export class EmailOutboxEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'notification_id' })
  notificationId!: string;

  @Column('varchar', { name: 'to_email', length: 254 })
  toEmail!: string;

  @Column('varchar', { length: 300 })
  subject!: string;

  @Column('text')
  body!: string;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'sent_at', length: 30, nullable: true })
  sentAt!: string | null;
}
