import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import {
  cascadeTo,
  idColumn,
  instantColumn as instant,
  jsonColumn as json,
} from '../schema-columns';

/** Review rounds, published versions (immutable snapshots), review comments and the audit trail. */
export class CreateWorkflow1763683500000 implements MigrationInterface {
  name = 'CreateWorkflow1763683500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'curriculum',
      new TableColumn({ name: 'published_version', type: 'integer', isNullable: true }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'curriculum_submission',
        columns: [
          { name: 'curriculum_id', type: 'uuid', isPrimary: true },
          { name: 'association_id', type: 'uuid', isPrimary: true },
          instant('submitted_at'),
        ],
        foreignKeys: [
          cascadeTo('curriculum', 'curriculum_id'),
          cascadeTo('institution', 'association_id'),
        ],
        indices: [{ name: 'IDX_submission_association', columnNames: ['association_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'curriculum_version',
        columns: [
          { name: 'curriculum_id', type: 'uuid', isPrimary: true },
          { name: 'number', type: 'integer', isPrimary: true },
          json('snapshot'),
          { name: 'code', type: 'varchar', length: '50' },
          json('title'),
          { name: 'ecvet_points', type: 'integer' },
          { name: 'eqf_level', type: 'integer' },
          { name: 'primary_language', type: 'varchar', length: '20' },
          json('languages'),
          instant('published_at'),
          { name: 'published_by', type: 'uuid', isNullable: true },
        ],
        foreignKeys: [cascadeTo('curriculum', 'curriculum_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_comment',
        columns: [
          idColumn(),
          { name: 'curriculum_id', type: 'uuid' },
          { name: 'parent_id', type: 'uuid', isNullable: true },
          { name: 'target_type', type: 'varchar', length: '20' },
          { name: 'target_id', type: 'uuid', isNullable: true },
          { name: 'author_id', type: 'uuid' },
          { name: 'verdict', type: 'varchar', length: '20', isNullable: true },
          { name: 'text', type: 'text' },
          json('proposed_text', true),
          { name: 'status', type: 'varchar', length: '20' },
          instant('accepted_at', true),
          { name: 'accepted_by', type: 'uuid', isNullable: true },
          { name: 'version', type: 'integer' },
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [
          cascadeTo('curriculum', 'curriculum_id'),
          cascadeTo('review_comment', 'parent_id'),
        ],
        indices: [{ name: 'IDX_review_comment_curriculum', columnNames: ['curriculum_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          idColumn(),
          { name: 'curriculum_id', type: 'uuid', isNullable: true },
          { name: 'user_id', type: 'uuid', isNullable: true },
          { name: 'action', type: 'varchar', length: '60' },
          { name: 'entity_type', type: 'varchar', length: '40' },
          { name: 'entity_id', type: 'varchar', length: '64', isNullable: true },
          json('before', true),
          json('after', true),
          instant('at'),
        ],
        // No foreign key to curriculum: the trail outlives a deleted draft.
        indices: [{ name: 'IDX_audit_curriculum_at', columnNames: ['curriculum_id', 'at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_event');
    await queryRunner.dropTable('review_comment');
    await queryRunner.dropTable('curriculum_version');
    await queryRunner.dropTable('curriculum_submission');
    await queryRunner.dropColumn('curriculum', 'published_version');
  }
}
