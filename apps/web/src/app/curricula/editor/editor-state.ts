import { Injectable, computed, inject, signal } from '@angular/core';
import {
  canTransition,
  isEditable,
  validateCurriculum,
  type Curriculum,
  type LearningOutcome,
  type ReviewComment,
  type Unit,
  type WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { CurriculaApi } from '../curricula-api';
import { PendingChange, pendingChanges } from './pending-changes';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/** A write the server refused with 409: what the user has, and what is stored now. */
export interface Conflict {
  readonly what: string;
  readonly mine: unknown;
  readonly theirs: Record<string, unknown> & { version: number };
  readonly change: PendingChange;
}

/**
 * The curriculum being edited: the server's copy, the working copy the forms change, live ECVET
 * findings of the working copy (the same rule engine as the API), save states and conflicts.
 */
@Injectable()
export class EditorState {
  private readonly api = inject(CurriculaApi);

  readonly server = signal<Curriculum | null>(null);
  readonly working = signal<Curriculum | null>(null);
  readonly reviews = signal<readonly ReviewComment[]>([]);
  readonly saving = signal(false);
  readonly error = signal<string | null>(null);
  readonly conflict = signal<Conflict | null>(null);

  readonly report = computed(() => {
    const working = this.working();
    return working === null ? null : validateCurriculum(working);
  });
  readonly pending = computed(() => {
    const server = this.server();
    const working = this.working();
    return server === null || working === null ? [] : pendingChanges(server, working);
  });
  readonly saveState = computed<SaveState>(() =>
    this.saving()
      ? 'saving'
      : this.error() !== null
        ? 'error'
        : this.pending().length > 0
          ? 'unsaved'
          : 'saved',
  );
  /** Drafts and curricula with requested changes; a published one is reopened first. */
  readonly editable = computed(() => {
    const status = this.working()?.status;
    return status !== undefined && isEditable(status);
  });
  readonly reopenable = computed(() => {
    const status = this.working()?.status;
    return status !== undefined && canTransition(status, 'reopen');
  });

  async load(id: string): Promise<void> {
    const curriculum = await this.api.get(id);
    this.server.set(curriculum);
    this.working.set(curriculum);
    this.reviews.set(await this.api.reviews(id).catch(() => []));
  }

  /** Reloads from the server, dropping nothing that is still unsaved. */
  async refresh(): Promise<void> {
    const id = this.server()?.id;
    if (!id) return;
    const unsaved = this.pending();
    const fresh = await this.api.get(id);
    this.server.set(fresh);
    this.working.set(unsaved.reduce(applyChange, fresh));
    this.reviews.set(await this.api.reviews(id).catch(() => []));
  }

  editCurriculum(patch: Partial<Curriculum>): void {
    this.working.update((c) => (c === null ? c : { ...c, ...patch }));
  }

  editUnit(unitId: string, patch: Partial<Unit>): void {
    this.working.update((c) =>
      c === null
        ? c
        : { ...c, units: c.units.map((u) => (u.id === unitId ? { ...u, ...patch } : u)) },
    );
  }

  editOutcome(unitId: string, outcomeId: string, patch: Partial<LearningOutcome>): void {
    this.working.update((c) =>
      c === null
        ? c
        : {
            ...c,
            units: c.units.map((u) =>
              u.id !== unitId
                ? u
                : {
                    ...u,
                    outcomes: u.outcomes.map((o) => (o.id === outcomeId ? { ...o, ...patch } : o)),
                  },
            ),
          },
    );
  }

  editPeriod(periodId: string, patch: Partial<WorkBasedLearningPeriod>): void {
    this.working.update((c) =>
      c === null
        ? c
        : {
            ...c,
            workBasedLearning: c.workBasedLearning.map((p) =>
              p.id === periodId ? { ...p, ...patch } : p,
            ),
          },
    );
  }

  /** Saves every changed entity with the version it was based on; a 409 opens the conflict dialog. */
  async save(): Promise<void> {
    const id = this.server()?.id;
    if (!id || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      for (const change of this.pending()) {
        try {
          await this.send(id, change, change.version);
        } catch (error) {
          const failure = apiError(error);
          if (failure.status === 409 && failure.current !== undefined) {
            this.conflict.set({
              what: change.kind,
              mine: change.body,
              theirs: failure.current as Conflict['theirs'],
              change,
            });
            return;
          }
          throw error;
        }
      }
      await this.refresh();
    } catch (error) {
      this.error.set(apiError(error).message);
    } finally {
      this.saving.set(false);
    }
  }

  /** Conflict resolved by keeping the user's change on top of the current version. */
  async keepMine(): Promise<void> {
    const conflict = this.conflict();
    const id = this.server()?.id;
    if (!conflict || !id) return;
    this.conflict.set(null);
    try {
      await this.send(id, conflict.change, conflict.theirs.version);
      await this.refresh();
    } catch (error) {
      const failure = apiError(error);
      if (failure.status === 409 && failure.current !== undefined) {
        // Changed again in the meantime: ask again, against the newest version.
        this.conflict.set({ ...conflict, theirs: failure.current as Conflict['theirs'] });
      } else {
        this.error.set(failure.message);
      }
      return;
    }
    if (this.pending().length > 0) await this.save();
  }

  /** Conflict resolved by taking what is stored now (the user's change to that entity is dropped). */
  async takeTheirs(): Promise<void> {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    const fresh = await this.api.get(this.server()?.id ?? '');
    this.server.set(fresh);
    const others = pendingChanges(fresh, this.working() ?? fresh).filter(
      (c) => !sameEntity(c, conflict.change),
    );
    this.working.set(others.reduce(applyChange, fresh));
  }

  /**
   * Reopens a published curriculum for editing: it becomes a draft (an audited workflow step);
   * learners keep the published version until the next one is published.
   */
  reopen(): Promise<boolean> {
    return this.run((api, id) => api.transition(id, 'reopen'));
  }

  /** Runs a structural write (add, delete, reorder, workflow) and reloads. */
  async run(action: (api: CurriculaApi, id: string) => Promise<unknown>): Promise<boolean> {
    const id = this.server()?.id;
    if (!id) return false;
    this.error.set(null);
    try {
      await action(this.api, id);
      await this.refresh();
      return true;
    } catch (error) {
      this.error.set(apiError(error).message);
      return false;
    }
  }

  private send(id: string, change: PendingChange, version: number): Promise<unknown> {
    const body = { ...change.body, version };
    switch (change.kind) {
      case 'curriculum':
        return this.api.update(id, body);
      case 'unit':
        return this.api.updateUnit(id, change.unitId, body);
      case 'outcome':
        return this.api.updateOutcome(id, change.unitId, change.outcomeId, body);
      case 'period':
        return this.api.updatePeriod(id, change.periodId, body);
    }
  }
}

function sameEntity(a: PendingChange, b: PendingChange): boolean {
  return (
    JSON.stringify({ ...a, body: null, version: null }) ===
    JSON.stringify({ ...b, body: null, version: null })
  );
}

/** The curriculum with one pending change applied again (after a reload). */
function applyChange(c: Curriculum, change: PendingChange): Curriculum {
  switch (change.kind) {
    case 'curriculum':
      return { ...c, ...change.body };
    case 'unit':
      return {
        ...c,
        units: c.units.map((u) => (u.id === change.unitId ? { ...u, ...change.body } : u)),
      };
    case 'outcome':
      return {
        ...c,
        units: c.units.map((u) =>
          u.id !== change.unitId
            ? u
            : {
                ...u,
                outcomes: u.outcomes.map((o) =>
                  o.id === change.outcomeId ? { ...o, ...change.body } : o,
                ),
              },
        ),
      };
    case 'period':
      return {
        ...c,
        workBasedLearning: c.workBasedLearning.map((p) =>
          p.id === change.periodId ? { ...p, ...change.body } : p,
        ),
      };
  }
}
