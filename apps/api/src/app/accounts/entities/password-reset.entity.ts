import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A one-time password reset issued by an admin (or the CLI); only the token's SHA-256 is kept. */
@Entity('password_reset')
export class PasswordResetEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('varchar', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  /** The admin who issued it; null from the command line. */
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'expires_at', length: 30 })
  expiresAt!: string;

  @Column('varchar', { name: 'used_at', length: 30, nullable: true })
  usedAt!: string | null;
}
