import type {
  EscoReference,
  LocalizedText,
  PlacementOfferStatus,
  PlacementRequestStatus,
} from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Places a company or association offers for work-based learning (ADR 0030). */
@Entity('placement_offer')
export class PlacementOfferEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The offering company or association: its company-role accounts manage the offer. */
  @Column('uuid', { name: 'institution_id' })
  institutionId!: string;

  @Column('varchar', { length: 200 })
  company!: string;

  @Column('simple-json')
  title!: LocalizedText;

  @Column('simple-json')
  activities!: LocalizedText;

  @Column('varchar', { length: 200 })
  city!: string;

  @Column('varchar', { length: 2 })
  country!: string;

  @Column('varchar', { name: 'starts_on', length: 10 })
  startsOn!: string;

  @Column('varchar', { name: 'ends_on', length: 10 })
  endsOn!: string;

  @Column('int', { name: 'hours_per_week' })
  hoursPerWeek!: number;

  @Column('int')
  capacity!: number;

  @Column('simple-json', { name: 'esco_skills' })
  escoSkills!: EscoReference[];

  @Column('simple-json')
  languages!: string[];

  @Column('varchar', { name: 'contact_name', length: 200 })
  contactName!: string;

  @Column('varchar', { name: 'contact_email', length: 320 })
  contactEmail!: string;

  @Column('varchar', { length: 10 })
  status!: PlacementOfferStatus;

  @Column('int')
  version!: number;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}

/** A school's request for places of an offer, for one WBL period of one of its curricula. */
@Entity('placement_request')
export class PlacementRequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'offer_id' })
  offerId!: string;

  @Column('uuid', { name: 'curriculum_id' })
  curriculumId!: string;

  @Column('uuid', { name: 'wbl_id' })
  wblId!: string;

  /** The requesting school. */
  @Column('uuid', { name: 'institution_id' })
  institutionId!: string;

  @Column('int')
  places!: number;

  @Column('text')
  message!: string;

  @Column('varchar', { name: 'starts_on', length: 10, nullable: true })
  startsOn!: string | null;

  @Column('varchar', { name: 'ends_on', length: 10, nullable: true })
  endsOn!: string | null;

  @Column('varchar', { length: 10 })
  status!: PlacementRequestStatus;

  @Column('text', { nullable: true })
  answer!: string | null;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'decided_at', length: 30, nullable: true })
  decidedAt!: string | null;
}
