import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
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
 * The shared library of units (issue #21, ADR 0029): entries with their published versions (the
 * unit as it was published, a copy), the adoptions (which local unit came from which version), and
 * on `unit` the provenance of an adopted unit. New tables and a nullable column: existing units
 * have no provenance; `down` drops them (the previous release knows no library).
 */
export class SharedLibrary1763685600000 implements MigrationInterface {
  name = 'SharedLibrary1763685600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'library_entry',
        columns: [
          idColumn(),
          uuidColumn('institution_id'),
          uuidColumn('source_curriculum_id'),
          uuidColumn('source_unit_id'),
          varcharColumn('licence', 20),
          jsonColumn('keywords'),
          intColumn('latest_version'),
          instantColumn('created_at'),
          instantColumn('updated_at'),
        ],
        foreignKeys: [cascadeTo('institution', 'institution_id')],
        indices: [
          {
            name: 'IDX_library_entry_source_unit',
            columnNames: ['source_unit_id'],
            isUnique: true,
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'library_version',
        columns: [
          { ...uuidColumn('entry_id'), isPrimary: true },
          { ...intColumn('number'), isPrimary: true },
          intColumn('curriculum_version'),
          jsonColumn('unit'),
          { name: 'search_text', type: 'text' },
          varcharColumn('content_hash', 64),
          instantColumn('published_at'),
          uuidColumn('published_by'),
        ],
        foreignKeys: [cascadeTo('library_entry', 'entry_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'library_adoption',
        columns: [
          { ...uuidColumn('unit_id'), isPrimary: true },
          uuidColumn('entry_id'),
          intColumn('version'),
          uuidColumn('curriculum_id'),
          uuidColumn('institution_id'),
          instantColumn('adopted_at'),
        ],
        // No key to the unit: replacing a curriculum's content (an import) writes its units anew
        // with the ids they keep; an adoption whose unit is gone is not counted.
        foreignKeys: [
          cascadeTo('library_entry', 'entry_id'),
          cascadeTo('curriculum', 'curriculum_id'),
        ],
        indices: [{ name: 'IDX_library_adoption_entry', columnNames: ['entry_id'] }],
      }),
    );
    await queryRunner.addColumn('unit', new TableColumn(jsonColumn('provenance', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('unit', 'provenance');
    await queryRunner.dropTable('library_adoption');
    await queryRunner.dropTable('library_version');
    await queryRunner.dropTable('library_entry');
  }
}
