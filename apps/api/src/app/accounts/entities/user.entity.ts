import type { InterfaceLanguage, Role } from '@curriculum-builder/curriculum';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('user_account')
export class UserEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored lower-case; unique. */
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('varchar', { name: 'display_name', length: 200 })
  displayName!: string;

  /** `scrypt$N$r$p$salt$hash` (base64). */
  @Column('varchar', { name: 'password_hash', length: 300 })
  passwordHash!: string;

  @Column('varchar', { length: 20 })
  role!: Role;

  @Column('uuid', { name: 'institution_id', nullable: true })
  institutionId!: string | null;

  @Column('boolean')
  active!: boolean;

  /** The interface language the user chose (ADR 0024); null until they choose one. */
  @Column('varchar', { name: 'ui_language', length: 5, nullable: true })
  uiLanguage!: InterfaceLanguage | null;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'updated_at', length: 30 })
  updatedAt!: string;
}
