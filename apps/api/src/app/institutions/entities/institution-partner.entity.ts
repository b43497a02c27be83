import { Entity, PrimaryColumn } from 'typeorm';

/** A school works with an industry association: its curricula go there for review by default. */
@Entity('institution_partner')
export class InstitutionPartnerEntity {
  @PrimaryColumn('uuid', { name: 'school_id' })
  schoolId!: string;

  @PrimaryColumn('uuid', { name: 'association_id' })
  associationId!: string;
}
