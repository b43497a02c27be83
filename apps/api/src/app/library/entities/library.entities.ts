import type {
  Curriculum,
  LibraryEntryKind,
  LibraryLicence,
  Unit,
} from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An entry of the shared library: one unit of one school's curriculum, or a whole published
 * curriculum as a good-practice example, in versions (ADR 0029).
 */
@Entity('library_entry')
export class LibraryEntryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('varchar', { length: 20 })
  kind!: LibraryEntryKind;

  /** The publishing school. */
  @Column('uuid', { name: 'institution_id' })
  institutionId!: string;

  @Column('uuid', { name: 'source_curriculum_id' })
  sourceCurriculumId!: string;

  /**
   * The unit published (null for a curriculum); publishing it (the curriculum) again makes a new
   * version of this entry.
   */
  @Column('uuid', { name: 'source_unit_id', nullable: true })
  sourceUnitId!: string | null;

  @Column('varchar', { length: 20 })
  licence!: LibraryLicence;

  @Column('simple-json')
  keywords!: string[];

  @Column('int', { name: 'latest_version' })
  latestVersion!: number;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}

/**
 * A published version of an entry: a copy of the unit (or of the whole curriculum) as the
 * curriculum's published version had it.
 */
@Entity('library_version')
export class LibraryVersionEntity {
  @PrimaryColumn('uuid', { name: 'entry_id' })
  entryId!: string;

  @PrimaryColumn('int')
  number!: number;

  @Column('int', { name: 'curriculum_version' })
  curriculumVersion!: number;

  /** The unit of a unit entry (null for a curriculum). */
  @Column('simple-json', { nullable: true })
  unit!: Unit | null;

  /** The curriculum of a curriculum entry (null for a unit). */
  @Column('simple-json', { nullable: true })
  curriculum!: Curriculum | null;

  /** Its words (titles, description, outcomes in every language, keywords), normalised. */
  @Column('text', { name: 'search_text' })
  searchText!: string;

  @Column('varchar', { name: 'content_hash', length: 64 })
  contentHash!: string;

  @Column('varchar', { name: 'published_at', length: 30 })
  publishedAt!: string;

  @Column('uuid', { name: 'published_by' })
  publishedBy!: string;
}

/** A unit adopted from an entry: the local copy, the version it was taken from, where it lives. */
@Entity('library_adoption')
export class LibraryAdoptionEntity {
  @PrimaryColumn('uuid', { name: 'unit_id' })
  unitId!: string;

  @Column('uuid', { name: 'entry_id' })
  entryId!: string;

  @Column('int')
  version!: number;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('uuid', { name: 'institution_id' })
  institutionId!: string;

  @Column('varchar', { name: 'adopted_at', length: 30 })
  adoptedAt!: string;
}
