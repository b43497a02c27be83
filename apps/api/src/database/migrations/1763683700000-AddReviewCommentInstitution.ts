import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The institution each review comment was written for (the curriculum's school, or the reviewer's
 * association), so that a later association sees an earlier one's texts without its people.
 * Comments written before take their author's institution.
 */
export class AddReviewCommentInstitution1763683700000 implements MigrationInterface {
  name = 'AddReviewCommentInstitution1763683700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'review_comment',
      new TableColumn({ name: 'author_institution_id', type: 'uuid', isNullable: true }),
    );
    // Plain SQL (standard, for SQLite and PostgreSQL): a migration must not depend on today's entities.
    await queryRunner.query(
      'UPDATE review_comment SET author_institution_id = ' +
        '(SELECT u.institution_id FROM user_account u WHERE u.id = review_comment.author_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('review_comment', 'author_institution_id');
  }
}
