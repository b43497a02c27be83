import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  cascadeTo,
  idColumn,
  instantColumn,
  intColumn,
  jsonColumn,
  uuidColumn,
  varcharColumn,
} from '../schema-columns';

/**
 * Work-based learning placements (issue #21, ADR 0030): the offers of companies and associations
 * and the schools' requests for their places. New tables only; `down` drops them (the previous
 * release knows no placements).
 */
export class Placements1763685700000 implements MigrationInterface {
  name = 'Placements1763685700000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'placement_offer',
        columns: [
          idColumn(),
          uuidColumn('institution_id'),
          varcharColumn('company', 200),
          jsonColumn('title'),
          jsonColumn('activities'),
          varcharColumn('city', 200),
          varcharColumn('country', 2),
          varcharColumn('starts_on', 10),
          varcharColumn('ends_on', 10),
          intColumn('hours_per_week'),
          intColumn('capacity'),
          jsonColumn('esco_skills'),
          jsonColumn('languages'),
          varcharColumn('contact_name', 200),
          varcharColumn('contact_email', 320),
          varcharColumn('status', 10),
          intColumn('version'),
          instantColumn('created_at'),
          instantColumn('updated_at'),
        ],
        foreignKeys: [cascadeTo('institution', 'institution_id')],
        indices: [{ name: 'IDX_placement_offer_institution', columnNames: ['institution_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'placement_request',
        columns: [
          idColumn(),
          uuidColumn('offer_id'),
          uuidColumn('curriculum_id'),
          uuidColumn('wbl_id'),
          uuidColumn('institution_id'),
          intColumn('places'),
          { name: 'message', type: 'text' },
          varcharColumn('starts_on', 10, true),
          varcharColumn('ends_on', 10, true),
          varcharColumn('status', 10),
          { name: 'answer', type: 'text', isNullable: true },
          instantColumn('created_at'),
          instantColumn('decided_at', true),
        ],
        foreignKeys: [
          cascadeTo('placement_offer', 'offer_id'),
          cascadeTo('curriculum', 'curriculum_id'),
          cascadeTo('institution', 'institution_id'),
        ],
        indices: [
          { name: 'IDX_placement_request_offer', columnNames: ['offer_id'] },
          { name: 'IDX_placement_request_institution', columnNames: ['institution_id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('placement_request');
    await queryRunner.dropTable('placement_offer');
  }
}
