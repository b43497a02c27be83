import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A curriculum is (or was) in review at this association; its reviewers may read and comment. */
@Entity('curriculum_submission')
export class SubmissionEntity {
  @PrimaryColumn('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @PrimaryColumn('uuid', { name: 'association_id' })
  associationId!: string;

  @Column('varchar', { name: 'submitted_at', length: 30 })
  submittedAt!: string;
}
