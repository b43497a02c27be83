import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The library's search index checks the entries' last change on every search (ADR 0029,
 * "Speed"): an index on `library_entry.updated_at` makes that one look-up at any size.
 */
export class LibraryChanges1763685800000 implements MigrationInterface {
  name = 'LibraryChanges1763685800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'library_entry',
      new TableIndex({ name: 'IDX_library_entry_updated_at', columnNames: ['updated_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('library_entry', 'IDX_library_entry_updated_at');
  }
}
