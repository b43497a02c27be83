import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { isPostgres, rewriteSnapshots } from './rewrite-snapshots';

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** An elective group as the rules read it before choice rules: at least its points. */
const withRule = (group: Json): Json => ({
  ...group,
  rule: 'points-at-least',
  unitsRequired: null,
});
const withoutRule = ({ rule: _rule, unitsRequired: _units, ...group }: Json): Json => group;

/**
 * Choice rules, add-ons and required languages (issue #17, ADR 0015). Existing curricula keep
 * their meaning: every elective group is "at least its points" (what the rules checked), no unit is
 * an add-on, and only the primary language is required (a missing translation stays a warning) —
 * in the working copies and in every published snapshot.
 */
export class ElectiveChoiceAndAddOns1763684400000 implements MigrationInterface {
  name = 'ElectiveChoiceAndAddOns1763684400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'unit',
      new TableColumn({ name: 'add_on', type: 'boolean', default: false }),
    );
    await queryRunner.addColumn(
      'curriculum',
      new TableColumn({ name: 'required_languages', type: 'text', isNullable: true }),
    );
    await this.curricula(queryRunner, (row) => ({
      elective_groups: JSON.stringify(list(JSON.parse(row.elective_groups)).map(withRule)),
      required_languages: JSON.stringify([row.primary_language]),
    }));
    await rewriteSnapshots(queryRunner, (snapshot) => ({
      ...snapshot,
      requiredLanguages: [snapshot['primaryLanguage']],
      electiveGroups: list(snapshot['electiveGroups']).map(withRule),
      units: list(snapshot['units']).map((unit) => ({ ...unit, addOn: false })),
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSnapshots(queryRunner, ({ requiredLanguages: _required, ...snapshot }) => ({
      ...snapshot,
      electiveGroups: list(snapshot['electiveGroups']).map(withoutRule),
      units: list(snapshot['units']).map(({ addOn: _addOn, ...unit }) => unit),
    }));
    await this.curricula(queryRunner, (row) => ({
      elective_groups: JSON.stringify(list(JSON.parse(row.elective_groups)).map(withoutRule)),
    }));
    await queryRunner.dropColumn('curriculum', 'required_languages');
    await queryRunner.dropColumn('unit', 'add_on');
  }

  /** Rewrites the JSON columns of every curriculum with `change`. */
  private async curricula(
    queryRunner: QueryRunner,
    change: (row: { elective_groups: string; primary_language: string }) => Record<string, string>,
  ): Promise<void> {
    const rows: { id: string; elective_groups: string; primary_language: string }[] =
      await queryRunner.query('SELECT id, elective_groups, primary_language FROM curriculum');
    for (const row of rows) {
      const values = change(row);
      const columns = Object.keys(values);
      const placeholder = (i: number) => (isPostgres(queryRunner) ? `$${i + 1}` : '?');
      const set = columns.map((column, i) => `${column} = ${placeholder(i)}`).join(', ');
      await queryRunner.query(
        `UPDATE curriculum SET ${set} WHERE id = ${placeholder(columns.length)}`,
        [...columns.map((column) => values[column]), row.id],
      );
    }
  }
}
