/** Somebody with a curriculum's working copy open (`POST …/presence`, the `presence` event). */
export interface PresenceEntry {
  /** One browser tab: the same person may have the curriculum open twice. */
  readonly tabId: string;
  readonly userId: string;
  readonly name: string;
  /** What they are at, as a finding path (`units[2]`, `workBasedLearning[0]`), or null. */
  readonly part: string | null;
  readonly at: string;
}
