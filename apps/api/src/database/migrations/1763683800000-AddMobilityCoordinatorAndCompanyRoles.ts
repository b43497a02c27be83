import { MigrationInterface, QueryRunner, TableCheck } from 'typeorm';

// The constraints as of this migration (a migration must not depend on today's role table).
const ROLES_BEFORE = `"role" IN ('admin', 'author', 'reviewer', 'learner')`;
const ROLES_AFTER = `"role" IN ('admin', 'author', 'reviewer', 'learner', 'mobility-coordinator', 'company')`;
const KINDS_BEFORE = `"kind" IN ('school', 'association')`;
const KINDS_AFTER = `"kind" IN ('school', 'association', 'company')`;

/**
 * Two roles the next areas need (issue #13, policy): a school's mobility coordinator and a
 * company that offers work-based learning places, with the company as a kind of institution.
 * Widening a check constraint keeps every row; on SQLite it copies the table (foreign keys stay
 * off meanwhile, as the migration executor runs migrations).
 */
export class AddMobilityCoordinatorAndCompanyRoles1763683800000 implements MigrationInterface {
  name = 'AddMobilityCoordinatorAndCompanyRoles1763683800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await replaceCheck(queryRunner, 'user_account', 'CHK_user_account_role', ROLES_AFTER);
    await replaceCheck(queryRunner, 'institution', 'CHK_institution_kind', KINDS_AFTER);
  }

  /** Refuses while accounts or institutions of the new kinds exist (the old schema has no place for them). */
  async down(queryRunner: QueryRunner): Promise<void> {
    const [{ n: accounts }] = await queryRunner.query(
      `SELECT COUNT(*) AS n FROM user_account WHERE role IN ('mobility-coordinator', 'company')`,
    );
    const [{ n: companies }] = await queryRunner.query(
      `SELECT COUNT(*) AS n FROM institution WHERE kind = 'company'`,
    );
    if (Number(accounts) > 0 || Number(companies) > 0) {
      throw new Error(
        `Cannot undo AddMobilityCoordinatorAndCompanyRoles: ${accounts} mobility-coordinator or company ` +
          `accounts and ${companies} companies exist; delete or change them first.`,
      );
    }
    await replaceCheck(queryRunner, 'institution', 'CHK_institution_kind', KINDS_BEFORE);
    await replaceCheck(queryRunner, 'user_account', 'CHK_user_account_role', ROLES_BEFORE);
  }
}

async function replaceCheck(
  queryRunner: QueryRunner,
  table: string,
  name: string,
  expression: string,
): Promise<void> {
  await queryRunner.dropCheckConstraint(table, name);
  await queryRunner.createCheckConstraint(table, new TableCheck({ name, expression }));
}
