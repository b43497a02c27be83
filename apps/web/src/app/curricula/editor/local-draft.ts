import type { PendingChange } from './pending-changes';

/**
 * The unsaved changes of one user to one curriculum, kept in the browser's local storage so that
 * a reload, a closed tab, a crash or an ended session loses nothing. Only what differs from the
 * server is kept (no learner data: curricula are institution content), and it is removed once saved.
 */
export interface LocalDraft {
  readonly savedAt: string;
  readonly changes: readonly PendingChange[];
}

const PREFIX = 'cb.draft.';

function key(userId: string, curriculumId: string): string {
  return `${PREFIX}${userId}.${curriculumId}`;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser's settings
  }
}

export function readDraft(userId: string, curriculumId: string): LocalDraft | null {
  const text = storage()?.getItem(key(userId, curriculumId));
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as Partial<LocalDraft>;
    return Array.isArray(draft.changes) && draft.changes.length > 0
      ? { savedAt: String(draft.savedAt ?? ''), changes: draft.changes }
      : null;
  } catch {
    return null;
  }
}

/** Keeps `changes` (or forgets the draft when there are none); a full storage keeps the old draft. */
export function writeDraft(
  userId: string,
  curriculumId: string,
  changes: readonly PendingChange[],
): void {
  const store = storage();
  if (!store) return;
  try {
    if (changes.length === 0) store.removeItem(key(userId, curriculumId));
    else {
      const draft: LocalDraft = { savedAt: new Date().toISOString(), changes };
      store.setItem(key(userId, curriculumId), JSON.stringify(draft));
    }
  } catch {
    // Quota exceeded: the server copy and the open page still hold the text.
  }
}
