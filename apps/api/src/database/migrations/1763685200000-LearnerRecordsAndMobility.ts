import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import {
  cascadeTo,
  idColumn,
  instantColumn as instant,
  jsonColumn as json,
  uuidColumn as uuid,
} from '../schema-columns';

const text = (name: string, length: number, nullable = false) => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const date = (name: string, nullable = false) => text(name, 10, nullable);
const int = (name: string) => ({ name, type: 'integer' });
/** The institution a row belongs to stays: an institution with learners or documents is kept. */
const institution = (column: string) => ({
  columnNames: [column],
  referencedTableName: 'institution',
  referencedColumnNames: ['id'],
});

/**
 * ECVET credit in practice (issue #18, ADR 0022): learners, their enrolments and results, MoUs
 * with their partners, Learning Agreements (mobilities) with their transcript lines, and the audit
 * trail of these documents. New tables only: nothing of an earlier release changes, and `down`
 * drops them (the previous release has no place for their data).
 */
export class LearnerRecordsAndMobility1763685200000 implements MigrationInterface {
  name = 'LearnerRecordsAndMobility1763685200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'learner',
        columns: [
          idColumn(),
          uuid('institution_id'),
          text('given_name', 100),
          text('family_name', 100),
          date('date_of_birth', true),
          text('learner_number', 40),
          uuid('user_id', true),
          instant('erased_at', true),
          int('version'),
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [
          institution('institution_id'),
          {
            columnNames: ['user_id'],
            referencedTableName: 'user_account',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
        indices: [
          { name: 'IDX_learner_institution', columnNames: ['institution_id'] },
          { name: 'IDX_learner_user', columnNames: ['user_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enrolment',
        columns: [
          idColumn(),
          uuid('learner_id'),
          uuid('curriculum_id'),
          int('curriculum_version'),
          date('started_on'),
          text('status', 20),
          instant('created_at'),
        ],
        foreignKeys: [cascadeTo('learner', 'learner_id')],
        indices: [{ name: 'IDX_enrolment_learner', columnNames: ['learner_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'achievement',
        columns: [
          idColumn(),
          uuid('enrolment_id'),
          uuid('unit_id'),
          uuid('outcome_id', true),
          text('kind', 20),
          date('assessed_on'),
          text('method', 200),
          text('result', 20),
          text('grade', 200, true),
          text('assessor', 200),
          text('place', 20),
          text('place_name', 200, true),
          { name: 'evidence', type: 'text', isNullable: true },
          uuid('mobility_id', true),
          uuid('transcript_line_id', true),
          uuid('recorded_by', true),
          instant('recorded_at'),
        ],
        foreignKeys: [cascadeTo('enrolment', 'enrolment_id')],
        indices: [{ name: 'IDX_achievement_enrolment', columnNames: ['enrolment_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mou',
        columns: [
          idColumn(),
          text('status', 20),
          text('title', 200),
          uuid('initiator_id'),
          uuid('curriculum_id'),
          int('curriculum_version'),
          { name: 'assessment_arrangements', type: 'text' },
          date('valid_from'),
          date('valid_until'),
          int('version'),
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [institution('initiator_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mou_partner',
        columns: [
          { name: 'mou_id', type: 'uuid', isPrimary: true },
          { name: 'institution_id', type: 'uuid', isPrimary: true },
          int('position'),
          text('contact_name', 200),
          text('contact_email', 254),
          json('unit_ids'),
          instant('accepted_at', true),
          text('accepted_by', 200, true),
        ],
        foreignKeys: [cascadeTo('mou', 'mou_id'), institution('institution_id')],
        indices: [{ name: 'IDX_mou_partner_institution', columnNames: ['institution_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mobility',
        columns: [
          idColumn(),
          text('status', 20),
          uuid('mou_id'),
          uuid('learner_id'),
          uuid('enrolment_id'),
          uuid('home_id'),
          uuid('host_id'),
          date('starts_on'),
          date('ends_on'),
          json('unit_ids'),
          json('outcome_ids'),
          json('placement'),
          { name: 'assessment', type: 'text' },
          { name: 'recording', type: 'text' },
          json('signatures'),
          instant('transcript_issued_at', true),
          text('transcript_issued_by', 200, true),
          int('version'),
          instant('created_at'),
          instant('updated_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['mou_id'],
            referencedTableName: 'mou',
            referencedColumnNames: ['id'],
          },
          cascadeTo('learner', 'learner_id'),
          institution('home_id'),
          institution('host_id'),
        ],
        indices: [
          { name: 'IDX_mobility_home', columnNames: ['home_id'] },
          { name: 'IDX_mobility_host', columnNames: ['host_id'] },
          { name: 'IDX_mobility_learner', columnNames: ['learner_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'transcript_line',
        columns: [
          idColumn(),
          uuid('mobility_id'),
          int('position'),
          uuid('unit_id'),
          uuid('outcome_id', true),
          date('assessed_on'),
          text('method', 200),
          text('result', 20),
          text('grade', 200, true),
          text('assessor', 200),
          text('place', 20),
          text('place_name', 200),
          text('decision', 20),
          { name: 'reason', type: 'text', isNullable: true },
          instant('decided_at', true),
          text('decided_by', 200, true),
          int('version'),
        ],
        foreignKeys: [cascadeTo('mobility', 'mobility_id')],
        indices: [{ name: 'IDX_transcript_line_mobility', columnNames: ['mobility_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'mobility_event',
        columns: [
          idColumn(),
          text('subject_type', 20),
          uuid('subject_id'),
          text('action', 60),
          uuid('user_id', true),
          text('by_name', 200, true),
          text('institution_name', 200, true),
          { name: 'detail', type: 'text', isNullable: true },
          instant('at'),
        ],
        indices: [{ name: 'IDX_mobility_event_subject', columnNames: ['subject_id', 'at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'mobility_event',
      'transcript_line',
      'mobility',
      'mou_partner',
      'mou',
      'achievement',
      'enrolment',
      'learner',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
