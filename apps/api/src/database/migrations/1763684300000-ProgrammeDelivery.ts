import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { rewriteSnapshots } from './rewrite-snapshots';

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
    await rewriteSnapshots(queryRunner, (snapshot) => ({
      ...snapshot,
      referenceDurationMonths: snapshot['durationMonths'],
      programmeForm: 'school-based',
      intensity: 1,
    }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await rewriteSnapshots(queryRunner, (snapshot) =>
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
}
