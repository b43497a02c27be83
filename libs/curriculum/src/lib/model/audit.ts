/** One entry of a curriculum's audit trail. */
export interface AuditEvent {
  readonly id: string;
  readonly at: string;
  readonly userId: string | null;
  readonly userEmail: string | null;
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly before: unknown;
  readonly after: unknown;
}
