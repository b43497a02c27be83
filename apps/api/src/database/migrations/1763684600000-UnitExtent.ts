import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { rewriteSnapshots } from './rewrite-snapshots';

const FIELDS = ['endYear', 'endTerm', 'guidedHours', 'nationalCredits'] as const;
const COLUMNS = ['end_year', 'end_term', 'guided_hours', 'national_credits'] as const;

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/**
 * A unit's extent (issue #17): units may span terms or years, and state their hours of guided
 * learning and national credits. Existing units keep their meaning — each ends where it starts,
 * no hours or credits stated — in the working copies and every published snapshot.
 */
export class UnitExtent1763684600000 implements MigrationInterface {
  name = 'UnitExtent1763684600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('unit', [
      new TableColumn({ name: 'end_year', type: 'int', isNullable: true }),
      new TableColumn({ name: 'end_term', type: 'int', isNullable: true }),
      new TableColumn({ name: 'guided_hours', type: 'int', isNullable: true }),
      new TableColumn({ name: 'national_credits', type: 'float', isNullable: true }),
    ]);
    await rewriteSnapshots(queryRunner, (snapshot) => ({
      ...snapshot,
      units: list(snapshot['units']).map((unit) => ({
        ...unit,
        ...Object.fromEntries(FIELDS.map((field) => [field, null])),
      })),
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSnapshots(queryRunner, (snapshot) => ({
      ...snapshot,
      units: list(snapshot['units']).map((unit) =>
        Object.fromEntries(
          Object.entries(unit).filter(([key]) => !(FIELDS as readonly string[]).includes(key)),
        ),
      ),
    }));
    await queryRunner.dropColumns('unit', [...COLUMNS]);
  }
}
