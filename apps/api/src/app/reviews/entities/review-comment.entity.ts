import type {
  LocalizedText,
  ReviewTargetType,
  ReviewVerdict,
} from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('review_comment')
export class ReviewCommentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('varchar', { name: 'target_type', length: 20 })
  targetType!: ReviewTargetType;

  @Column('uuid', { name: 'target_id', nullable: true })
  targetId!: string | null;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  /**
   * The institution the author wrote for: the curriculum's school, or the reviewer's association.
   * Decides who may see the author (docs/security.md, review rounds).
   */
  @Column('uuid', { name: 'author_institution_id', nullable: true })
  authorInstitutionId!: string | null;

  @Column('varchar', { length: 20, nullable: true })
  verdict!: ReviewVerdict | null;

  @Column('text')
  text!: string;

  @Column('simple-json', { name: 'proposed_text', nullable: true })
  proposedText!: LocalizedText | null;

  @Column('varchar', { length: 20 })
  status!: 'open' | 'resolved';

  @Column('varchar', { name: 'accepted_at', length: 30, nullable: true })
  acceptedAt!: string | null;

  @Column('uuid', { name: 'accepted_by', nullable: true })
  acceptedBy!: string | null;

  @Column('int')
  version!: number;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}
