import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  cascadeTo,
  idColumn,
  instantColumn as instant,
  intColumn as int,
  jsonColumn as json,
  uuidColumn as uuid,
} from '../schema-columns';

/** Curricula, their units of learning outcomes, the outcomes and the work-based learning periods. */
export class CreateCurricula1763683300000 implements MigrationInterface {
  name = 'CreateCurricula1763683300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'curriculum',
        columns: [
          idColumn(),
          uuid('institution_id'),
          { name: 'code', type: 'varchar', length: '50' },
          json('title'),
          json('description'),
          int('eqf_level'),
          int('nqf_level', true),
          { name: 'isced_f_code', type: 'varchar', length: '10' },
          json('occupation', true),
          int('duration_months'),
          { name: 'full_time', type: 'boolean' },
          int('ecvet_points'),
          { name: 'primary_language', type: 'varchar', length: '20' },
          json('languages'),
          json('elective_groups'),
          json('thresholds'),
          { name: 'status', type: 'varchar', length: '20' },
          int('version'),
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['institution_id'],
            referencedTableName: 'institution',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [
          { name: 'IDX_curriculum_institution', columnNames: ['institution_id'] },
          { name: 'IDX_curriculum_status', columnNames: ['status'] },
          { name: 'IDX_curriculum_updated_at', columnNames: ['updated_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit',
        columns: [
          idColumn(),
          uuid('curriculum_id'),
          int('position'),
          { name: 'code', type: 'varchar', length: '50' },
          json('title'),
          json('description'),
          int('eqf_level'),
          int('ecvet_points'),
          { name: 'mandatory', type: 'boolean' },
          { name: 'elective_group', type: 'varchar', length: '50', isNullable: true },
          int('year'),
          int('term', true),
          json('areas'),
          json('esco_skills'),
          json('prerequisites'),
          json('assessment'),
          int('version'),
        ],
        foreignKeys: [cascadeTo('curriculum', 'curriculum_id')],
        indices: [
          { name: 'IDX_unit_curriculum_position', columnNames: ['curriculum_id', 'position'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'learning_outcome',
        columns: [
          idColumn(),
          uuid('unit_id'),
          uuid('curriculum_id'),
          int('position'),
          { name: 'category', type: 'varchar', length: '30' },
          json('text'),
          json('esco_skill', true),
          int('version'),
        ],
        foreignKeys: [cascadeTo('unit', 'unit_id'), cascadeTo('curriculum', 'curriculum_id')],
        indices: [
          { name: 'IDX_outcome_curriculum', columnNames: ['curriculum_id'] },
          { name: 'IDX_outcome_unit_position', columnNames: ['unit_id', 'position'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'work_based_learning',
        columns: [
          idColumn(),
          uuid('curriculum_id'),
          int('position'),
          json('title'),
          int('year'),
          int('term', true),
          int('duration_hours'),
          json('company_profile'),
          json('mentor_role'),
          json('unit_ids'),
          json('outcome_ids'),
          json('assessment'),
          int('version'),
        ],
        foreignKeys: [cascadeTo('curriculum', 'curriculum_id')],
        indices: [
          { name: 'IDX_wbl_curriculum_position', columnNames: ['curriculum_id', 'position'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('work_based_learning');
    await queryRunner.dropTable('learning_outcome');
    await queryRunner.dropTable('unit');
    await queryRunner.dropTable('curriculum');
  }
}
