import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { idColumn, instantColumn as instant } from '../schema-columns';

/** User accounts, their server-side sessions, and which associations a school works with. */
export class CreateAccounts1763683400000 implements MigrationInterface {
  name = 'CreateAccounts1763683400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [
          idColumn(),
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'display_name', type: 'varchar', length: '200' },
          { name: 'password_hash', type: 'varchar', length: '300' },
          { name: 'role', type: 'varchar', length: '20' },
          { name: 'institution_id', type: 'uuid', isNullable: true },
          { name: 'active', type: 'boolean' },
          instant('created_at'),
          instant('updated_at'),
        ],
        uniques: [{ name: 'UQ_user_account_email', columnNames: ['email'] }],
        checks: [
          {
            name: 'CHK_user_account_role',
            expression: `"role" IN ('admin', 'author', 'reviewer', 'learner')`,
          },
        ],
        foreignKeys: [
          {
            columnNames: ['institution_id'],
            referencedTableName: 'institution',
            referencedColumnNames: ['id'],
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_session',
        columns: [
          // SHA-256 of the token: a copy of the database does not hand out sessions.
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'uuid' },
          { name: 'csrf_token', type: 'varchar', length: '64' },
          instant('created_at'),
          instant('last_seen_at'),
          instant('expires_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['user_id'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ name: 'IDX_user_session_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'institution_partner',
        columns: [
          { name: 'school_id', type: 'uuid', isPrimary: true },
          { name: 'association_id', type: 'uuid', isPrimary: true },
        ],
        foreignKeys: [
          {
            columnNames: ['school_id'],
            referencedTableName: 'institution',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            columnNames: ['association_id'],
            referencedTableName: 'institution',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('institution_partner');
    await queryRunner.dropTable('user_session');
    await queryRunner.dropTable('user_account');
  }
}
