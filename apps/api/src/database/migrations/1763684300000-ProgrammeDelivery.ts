import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

const postgres = (runner: QueryRunner) => runner.connection.driver.options.type === 'postgres';

/** The fields of a programme's delivery a published snapshot gets, as `up` fills them. */
const FIELDS = ['referenceDurationMonths', 'programmeForm', 'intensity'] as const;

/**
 * Qualification and programme (issue #17): a curriculum states the qualification's reference
 * full-time duration (what its ECVET points stand for) beside the delivered duration, the form of
 * study and the intensity. Existing curricula keep their meaning: the rules read their duration as
 * both (reference = delivered), school-based, full intensity — also in every published snapshot.
 */
export class ProgrammeDelivery1763684300000 implements MigrationInterface {
  name = 'ProgrammeDelivery1763684300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('curriculum', [
      new TableColumn({ name: 'reference_duration_months', type: 'int', isNullable: true }),
      new TableColumn({
        name: 'programme_form',
        type: 'varchar',
        length: '20',
        default: "'school-based'",
      }),
      new TableColumn({ name: 'intensity', type: 'float', default: 1 }),
    ]);
    await queryRunner.query(
      'UPDATE curriculum SET reference_duration_months = duration_months, intensity = 1',
    );
    await this.snapshots(queryRunner, (snapshot) => ({
      ...snapshot,
      referenceDurationMonths: snapshot['durationMonths'],
      programmeForm: 'school-based',
      intensity: 1,
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.snapshots(queryRunner, (snapshot) =>
      Object.fromEntries(
        Object.entries(snapshot).filter(([key]) => !(FIELDS as readonly string[]).includes(key)),
      ),
    );
    await queryRunner.dropColumns('curriculum', [
      'reference_duration_months',
      'programme_form',
      'intensity',
    ]);
  }

  /** Rewrites every published snapshot with `change`. */
  private async snapshots(
    queryRunner: QueryRunner,
    change: (snapshot: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<void> {
    const rows: { curriculum_id: string; number: number | string; snapshot: string }[] =
      await queryRunner.query('SELECT curriculum_id, number, snapshot FROM curriculum_version');
    const update = postgres(queryRunner)
      ? 'UPDATE curriculum_version SET snapshot = $1 WHERE curriculum_id = $2 AND number = $3'
      : 'UPDATE curriculum_version SET snapshot = ? WHERE curriculum_id = ? AND number = ?';
    for (const row of rows) {
      const snapshot = JSON.parse(row.snapshot) as Record<string, unknown>;
      await queryRunner.query(update, [
        JSON.stringify(change(snapshot)),
        row.curriculum_id,
        Number(row.number),
      ]);
    }
  }
}
