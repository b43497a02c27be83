import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A server-side session; `id` is the SHA-256 of the token the client holds. */
@Entity('user_session')
export class SessionEntity {
  @PrimaryColumn('varchar', { length: 64 })
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('varchar', { name: 'csrf_token', length: 64 })
  csrfToken!: string;

  @Column('varchar', { name: 'created_at', length: 30 })
  createdAt!: string;

  @Column('varchar', { name: 'last_seen_at', length: 30 })
  lastSeenAt!: string;

  /** Absolute end of the session. */
  @Column('varchar', { name: 'expires_at', length: 30 })
  expiresAt!: string;
}
