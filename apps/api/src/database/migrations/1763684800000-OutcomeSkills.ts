import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { eachOutcome, isPostgres, rewriteSnapshots } from './rewrite-snapshots';

/**
 * Several ESCO skills per learning outcome (issue #17): `esco_skill` (one reference or null)
 * becomes `esco_skills` (a list, the main skill first). An outcome's one skill becomes its list
 * of one, in the working copies and in every published snapshot (which keep `escoSkill`, the
 * first, beside the list). `down` keeps the first skill of each outcome: the only one the previous
 * release can hold.
 */
export class OutcomeSkills1763684800000 implements MigrationInterface {
  name = 'OutcomeSkills1763684800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'learning_outcome',
      new TableColumn({ name: 'esco_skills', type: 'text', isNullable: false, default: "'[]'" }),
    );
    await queryRunner.query(
      `UPDATE learning_outcome SET esco_skills = '[' || esco_skill || ']' WHERE esco_skill IS NOT NULL AND esco_skill <> 'null'`,
    );
    await queryRunner.dropColumn('learning_outcome', 'esco_skill');
    await rewriteSnapshots(
      queryRunner,
      eachOutcome((outcome) => ({
        ...outcome,
        escoSkills: outcome['escoSkill'] ? [outcome['escoSkill']] : [],
        escoSkill: outcome['escoSkill'] ?? null,
      })),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'learning_outcome',
      new TableColumn({ name: 'esco_skill', type: 'text', isNullable: true }),
    );
    const rows: { id: string; esco_skills: string }[] = await queryRunner.query(
      `SELECT id, esco_skills FROM learning_outcome WHERE esco_skills <> '[]'`,
    );
    const update = isPostgres(queryRunner)
      ? 'UPDATE learning_outcome SET esco_skill = $1 WHERE id = $2'
      : 'UPDATE learning_outcome SET esco_skill = ? WHERE id = ?';
    for (const row of rows) {
      const [first] = JSON.parse(row.esco_skills) as unknown[];
      if (first !== undefined) await queryRunner.query(update, [JSON.stringify(first), row.id]);
    }
    await queryRunner.dropColumn('learning_outcome', 'esco_skills');
    await rewriteSnapshots(
      queryRunner,
      eachOutcome(({ escoSkills, ...outcome }) => ({
        ...outcome,
        escoSkill:
          (Array.isArray(escoSkills) ? escoSkills[0] : undefined) ?? outcome['escoSkill'] ?? null,
      })),
    );
  }
}
