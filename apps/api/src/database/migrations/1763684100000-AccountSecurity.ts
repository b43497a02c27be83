import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { cascadeTo, idColumn, instantColumn as instant } from '../schema-columns';

/** The normal form of an e-mail address as of this migration (the app's: `common/email.ts`). */
const normalizeEmail = (email: string) => email.normalize('NFKC').trim().toLowerCase();

/**
 * Account self-service and the security log (issue #15):
 * - `password_reset`: one-time reset tokens (only their SHA-256), with expiry and use;
 * - `security_event`: logins, back-offs and password changes with the client address, kept for
 *   SECURITY_EVENT_RETENTION_DAYS;
 * - e-mail addresses brought to their NFKC, lower-case form, so that `josé` typed two ways is one
 *   account. An address whose normal form another account already has is left as it was and
 *   reported in the migration's output (an admin then renames or deactivates one of the two; logins
 *   reach the account with the normal form). `down` keeps the normal forms, which the previous
 *   release reads as any other address.
 */
export class AccountSecurity1763684100000 implements MigrationInterface {
  name = 'AccountSecurity1763684100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'password_reset',
        columns: [
          idColumn(),
          { name: 'user_id', type: 'uuid' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'created_by', type: 'uuid', isNullable: true },
          instant('created_at'),
          instant('expires_at'),
          instant('used_at', true),
        ],
        foreignKeys: [cascadeTo('user_account', 'user_id')],
        uniques: [{ name: 'UQ_password_reset_token', columnNames: ['token_hash'] }],
        indices: [{ name: 'IDX_password_reset_user', columnNames: ['user_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'security_event',
        columns: [
          idColumn(),
          instant('at'),
          { name: 'action', type: 'varchar', length: '30' },
          { name: 'user_id', type: 'uuid', isNullable: true },
          { name: 'by_user_id', type: 'uuid', isNullable: true },
          { name: 'address', type: 'varchar', length: '45', isNullable: true },
          { name: 'detail', type: 'varchar', length: '200', isNullable: true },
        ],
        foreignKeys: [cascadeTo('user_account', 'user_id')],
        indices: [
          { name: 'IDX_security_event_at', columnNames: ['at'] },
          { name: 'IDX_security_event_user', columnNames: ['user_id', 'at'] },
        ],
      }),
    );
    const users = (await queryRunner.query(
      'SELECT id, email FROM user_account ORDER BY created_at, id',
    )) as { id: string; email: string }[];
    const taken = new Set(users.map((u) => u.email));
    for (const user of users) {
      const normal = normalizeEmail(user.email);
      if (normal === user.email) continue;
      if (taken.has(normal)) {
        console.warn(
          `Account ${user.id}: e-mail kept as it was, another account has its normal form ${normal}.`,
        );
        continue;
      }
      const postgres = queryRunner.connection.driver.options.type === 'postgres';
      await queryRunner.query(
        postgres
          ? 'UPDATE user_account SET email = $1 WHERE id = $2'
          : 'UPDATE user_account SET email = ? WHERE id = ?',
        [normal, user.id],
      );
      taken.delete(user.email);
      taken.add(normal);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('security_event');
    await queryRunner.dropTable('password_reset');
  }
}
