import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { cascadeTo, idColumn, instantColumn as instant } from '../schema-columns';

/**
 * In-app notifications per user, and the e-mail outbox a deployment delivers from (issue #14).
 * New tables only: existing rows are not touched, and `down` drops just these two.
 */
export class CreateNotifications1763683900000 implements MigrationInterface {
  name = 'CreateNotifications1763683900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notification',
        columns: [
          idColumn(),
          { name: 'user_id', type: 'uuid' },
          { name: 'curriculum_id', type: 'uuid' },
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'comment_id', type: 'uuid', isNullable: true },
          { name: 'detail', type: 'varchar', length: '30', isNullable: true },
          instant('created_at'),
          instant('read_at', true),
        ],
        foreignKeys: [
          cascadeTo('user_account', 'user_id'),
          cascadeTo('curriculum', 'curriculum_id'),
        ],
        indices: [{ name: 'IDX_notification_user', columnNames: ['user_id', 'created_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'email_outbox',
        columns: [
          idColumn(),
          { name: 'notification_id', type: 'uuid' },
          { name: 'to_email', type: 'varchar', length: '254' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'body', type: 'text' },
          instant('created_at'),
          instant('sent_at', true),
        ],
        foreignKeys: [cascadeTo('notification', 'notification_id')],
        indices: [{ name: 'IDX_email_outbox_unsent', columnNames: ['sent_at', 'created_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('email_outbox');
    await queryRunner.dropTable('notification');
  }
}
