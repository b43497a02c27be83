import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { varcharColumn as text } from '../schema-columns';

/**
 * The ESCO catalogue (issue #20, ADR 0027): occupations and skills, their labels per language and
 * the occupations' essential and optional skills. New tables only, filled on the first ESCO request
 * of an empty catalogue (the shipped subset) or by `npm run cli -- esco import DIR`; curricula keep
 * the ESCO URIs they link as they are. `down` drops the tables (the previous release has none).
 */
export class EscoCatalogue1763685500000 implements MigrationInterface {
  name = 'EscoCatalogue1763685500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'esco_concept',
        columns: [
          { ...text('uri', 200), isPrimary: true },
          text('kind', 20),
          text('isco_group', 20, true),
          text('code', 50, true),
          text('skill_type', 40, true),
          text('reuse_level', 40, true),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'esco_label',
        columns: [
          { ...text('uri', 200), isPrimary: true },
          { ...text('language', 20), isPrimary: true },
          { name: 'preferred', type: 'text' },
          { name: 'alternatives', type: 'text' },
          { name: 'description', type: 'text' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'esco_relation',
        columns: [
          { ...text('occupation_uri', 200), isPrimary: true },
          { ...text('skill_uri', 200), isPrimary: true },
          text('relation', 20),
        ],
        indices: [{ name: 'IDX_esco_relation_skill', columnNames: ['skill_uri'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('esco_relation');
    await queryRunner.dropTable('esco_label');
    await queryRunner.dropTable('esco_concept');
  }
}
