import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An occupation or a skill of ESCO (ADR 0027). */
@Entity('esco_concept')
export class EscoConceptEntity {
  @PrimaryColumn('varchar', { length: 200 })
  uri!: string;

  @Column('varchar', { length: 20 })
  kind!: 'occupation' | 'skill';

  @Column('varchar', { name: 'isco_group', length: 20, nullable: true })
  iscoGroup!: string | null;

  @Column('varchar', { length: 50, nullable: true })
  code!: string | null;

  @Column('varchar', { name: 'skill_type', length: 40, nullable: true })
  skillType!: string | null;

  @Column('varchar', { name: 'reuse_level', length: 40, nullable: true })
  reuseLevel!: string | null;
}

/** A concept's labels in one language; alternative labels one per line. */
@Entity('esco_label')
export class EscoLabelEntity {
  @PrimaryColumn('varchar', { length: 200 })
  uri!: string;

  @PrimaryColumn('varchar', { length: 20 })
  language!: string;

  @Column('text')
  preferred!: string;

  @Column('text')
  alternatives!: string;

  @Column('text')
  description!: string;
}

/** An occupation's essential or optional skill. */
@Entity('esco_relation')
export class EscoRelationEntity {
  @PrimaryColumn('varchar', { name: 'occupation_uri', length: 200 })
  occupationUri!: string;

  @PrimaryColumn('varchar', { name: 'skill_uri', length: 200 })
  skillUri!: string;

  @Column('varchar', { length: 20 })
  relation!: 'essential' | 'optional';
}
