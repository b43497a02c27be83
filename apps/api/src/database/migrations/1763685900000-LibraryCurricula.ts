import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { jsonColumn, uuidColumn, varcharColumn } from '../schema-columns';
import { isPostgres } from './rewrite-snapshots';

/**
 * Whole published curricula in the shared library as good-practice examples (issue #21, ADR
 * 0029): an entry has a kind (`unit` for every existing one), a curriculum entry no source unit
 * and one entry per curriculum, and its versions hold the curriculum instead of a unit. `down`
 * removes the curriculum entries with their versions and adoptions, and the provenance of the
 * units copied from them (the previous release knows only unit entries).
 */
export class LibraryCurricula1763685900000 implements MigrationInterface {
  name = 'LibraryCurricula1763685900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'library_entry',
      new TableColumn({ ...varcharColumn('kind', 20), default: "'unit'" }),
    );
    await queryRunner.changeColumn(
      'library_entry',
      'source_unit_id',
      new TableColumn(uuidColumn('source_unit_id', true)),
    );
    await queryRunner.createIndex(
      'library_entry',
      new TableIndex({
        name: 'IDX_library_entry_source_curriculum',
        columnNames: ['source_curriculum_id'],
        isUnique: true,
        where: "kind = 'curriculum'",
      }),
    );
    await queryRunner.changeColumn(
      'library_version',
      'unit',
      new TableColumn(jsonColumn('unit', true)),
    );
    await queryRunner.addColumn('library_version', new TableColumn(jsonColumn('curriculum', true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const entries = (await queryRunner.query(
      "SELECT id FROM library_entry WHERE kind = 'curriculum'",
    )) as { id: string }[];
    const gone = new Set(entries.map((entry) => entry.id));
    const units = (await queryRunner.query(
      'SELECT id, provenance FROM unit WHERE provenance IS NOT NULL',
    )) as { id: string; provenance: string }[];
    for (const unit of units)
      if (gone.has((JSON.parse(unit.provenance) as { entryId: string }).entryId))
        await queryRunner.query(
          `UPDATE unit SET provenance = NULL WHERE id = ${isPostgres(queryRunner) ? '$1' : '?'}`,
          [unit.id],
        );
    // Versions and adoptions go with their entries (ON DELETE CASCADE, also on SQLite here).
    for (const table of ['library_adoption', 'library_version'])
      await queryRunner.query(
        `DELETE FROM ${table} WHERE entry_id IN (SELECT id FROM library_entry WHERE kind = 'curriculum')`,
      );
    await queryRunner.query("DELETE FROM library_entry WHERE kind = 'curriculum'");
    await queryRunner.dropColumn('library_version', 'curriculum');
    await queryRunner.changeColumn('library_version', 'unit', new TableColumn(jsonColumn('unit')));
    await queryRunner.dropIndex('library_entry', 'IDX_library_entry_source_curriculum');
    await queryRunner.changeColumn(
      'library_entry',
      'source_unit_id',
      new TableColumn(uuidColumn('source_unit_id')),
    );
    await queryRunner.dropColumn('library_entry', 'kind');
  }
}
