import {
  Injectable,
  InjectionToken,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { Router } from '@angular/router';
import {
  canTransition,
  isDiscussable,
  isEditable,
  validateCurriculum,
  type Curriculum,
  type LearningOutcome,
  type ReviewComment,
  type ReviewTargetType,
  type Unit,
  type WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';
import { apiError } from '../../core/api/api-error';
import { errorText } from '../../core/api/error-text';
import { Auth } from '../../core/auth/auth';
import { I18n } from '../../core/i18n/i18n';
import { CurriculaApi } from '../curricula-api';
import { localProblems, serverProblems, type FieldProblem } from './field-problems';
import {
  formFieldName,
  problemsByPath,
  withRefusal,
  withoutRefused,
  withoutSaved,
  type Refusals,
} from './refusals';
import { readDraft, writeDraft } from './local-draft';
import { PendingChange, applyChange, entityKey, entityOf, pendingChanges } from './pending-changes';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'invalid' | 'error';

/** A write the server refused with 409: what the user has, and what is stored now. */
export interface Conflict {
  readonly mine: Record<string, unknown>;
  readonly theirs: Record<string, unknown> & { version: number };
  readonly change: PendingChange;
  /** The fields both changed (to different values): the only ones the user decides about. */
  readonly fields: readonly string[];
}

/** Milliseconds of quiet after the last keystroke before the editor saves by itself; null: never. */
export const AUTOSAVE_DELAY = new InjectionToken<number | null>('AUTOSAVE_DELAY', {
  factory: () => 800,
});
/** After a lost connection or a busy server, the next try. */
const RETRY_DELAY = 5000;

/**
 * The curriculum being edited: the server's copy, the working copy the forms change, live ECVET
 * findings of the working copy (the same rule engine as the API), save states and conflicts.
 * Changes save themselves a moment after the last keystroke, entity by entity with the version
 * each was based on; a refused change keeps its field problems and never holds up the others;
 * what is not saved yet stays in the browser (local-draft.ts) and comes back after a reload.
 */
@Injectable()
export class EditorState {
  private readonly api = inject(CurriculaApi);
  private readonly auth = inject(Auth);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);
  private readonly autosaveDelay = inject(AUTOSAVE_DELAY);
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Versions a restored draft was based on, by entity: a save sends these (409 if changed since). */
  private readonly baseVersions = new Map<string, number>();

  readonly server = signal<Curriculum | null>(null);
  readonly working = signal<Curriculum | null>(null);
  readonly reviews = signal<readonly ReviewComment[]>([]);
  readonly saving = signal(false);
  /** What went wrong with the last request that was not about one field, as a sentence. */
  readonly error = signal<string | null>(null);
  readonly conflict = signal<Conflict | null>(null);
  readonly refusals = signal<Refusals>(new Map());
  /** The number of unsaved changes brought back from this browser, and when they were made. */
  readonly restored = signal<{ count: number; savedAt: string } | null>(null);
  readonly sessionEnded = signal(false);

  readonly report = computed(() => {
    const working = this.working();
    return working === null ? null : validateCurriculum(working);
  });
  readonly pending = computed(() => {
    const server = this.server();
    const working = this.working();
    return server === null || working === null ? [] : pendingChanges(server, working);
  });
  /** Pending changes without the fields refused as they are now (edited again, they are sent). */
  readonly sendable = computed(() => {
    const refusals = this.refusals();
    return this.pending()
      .map((change) => withoutRefused(change, refusals.get(entityKey(change))))
      .filter((change) => change !== null);
  });
  /** The problems of refused changes by field path (`units[2].title`), for the fields to show. */
  readonly fieldProblems = computed(() => problemsByPath(this.working(), this.refusals()));
  readonly saveState = computed<SaveState>(() => {
    if (this.saving()) return 'saving';
    if (this.error() !== null) return 'error';
    if (this.sendable().length > 0) return 'unsaved';
    return this.pending().length > 0 ? 'invalid' : 'saved';
  });
  /** Drafts and curricula with requested changes; a published one is reopened first. */
  readonly editable = computed(() => {
    const status = this.working()?.status;
    return status !== undefined && isEditable(status);
  });
  /** Authors reply to and resolve the reviewers' threads while the curriculum is in a round. */
  readonly discussable = computed(() => {
    const status = this.working()?.status;
    return status !== undefined && isDiscussable(status);
  });
  /** The threads still open, in the order they were started. */
  readonly openThreads = computed(() => this.reviews().filter((r) => r.status === 'open'));
  readonly reopenable = computed(() => {
    const status = this.working()?.status;
    return status !== undefined && canTransition(status, 'reopen');
  });

  constructor() {
    // Each change restarts the quiet period; the save follows it.
    effect(() => {
      this.sendable();
      untracked(() => this.schedule(this.autosaveDelay));
    });
    // What is not on the server yet is kept in the browser, and forgotten once it is.
    effect(() => {
      const server = this.server();
      const pending = this.pending();
      const user = this.auth.user();
      if (server !== null && user !== null) writeDraft(user.id, server.id, pending);
    });
  }

  async load(id: string): Promise<void> {
    const curriculum = await this.api.get(id);
    const user = this.auth.user();
    const draft = user === null ? null : readDraft(user.id, id);
    this.server.set(curriculum);
    this.working.set(curriculum);
    if (draft !== null && isEditable(curriculum.status)) {
      for (const change of draft.changes) this.baseVersions.set(entityKey(change), change.version);
      this.working.set(draft.changes.reduce(applyChange, curriculum));
      const count = this.pending().length;
      if (count > 0) this.restored.set({ count, savedAt: draft.savedAt });
    }
    this.reviews.set(await this.api.reviews(id).catch(() => []));
  }

  /** Forgets the changes brought back from the browser: the form shows what the server has. */
  discardRestored(): void {
    this.restored.set(null);
    this.baseVersions.clear();
    this.refusals.set(new Map());
    this.working.set(this.server());
  }

  /** Reloads from the server, dropping nothing that is still unsaved. */
  async refresh(): Promise<void> {
    const id = this.server()?.id;
    if (!id) return;
    const fresh = await this.api.get(id);
    // Read after the answer: what was typed while it was on its way is kept too.
    const unsaved = this.pending();
    this.server.set(fresh);
    this.working.set(unsaved.reduce(applyChange, fresh));
    this.reviews.set(await this.api.reviews(id).catch(() => []));
  }

  /** The threads about one part (`targetId` null: the curriculum itself). */
  threadsAbout(targetType: ReviewTargetType, targetId: string | null): readonly ReviewComment[] {
    return this.reviews().filter(
      (r) =>
        r.targetType === targetType && (targetType === 'curriculum' || r.targetId === targetId),
    );
  }

  editCurriculum(patch: Partial<Curriculum>): void {
    this.edit({ kind: 'curriculum', version: 0, body: patch });
  }

  editUnit(unitId: string, patch: Partial<Unit>): void {
    this.edit({ kind: 'unit', unitId, version: 0, body: patch });
  }

  editOutcome(unitId: string, outcomeId: string, patch: Partial<LearningOutcome>): void {
    this.edit({ kind: 'outcome', unitId, outcomeId, version: 0, body: patch });
  }

  editPeriod(periodId: string, patch: Partial<WorkBasedLearningPeriod>): void {
    this.edit({ kind: 'period', periodId, version: 0, body: patch });
  }

  /**
   * Saves every changed entity with the version it was based on. A field the limits or the server
   * refuse is marked at the field and the others are saved; a 409 opens the conflict dialog.
   */
  async save(): Promise<void> {
    const id = this.server()?.id;
    if (!id || this.saving() || this.conflict() !== null) return;
    clearTimeout(this.timer);
    this.saving.set(true);
    this.error.set(null);
    let saved = false;
    try {
      for (const change of this.sendable()) {
        const result = await this.saveOne(id, change);
        saved ||= result === 'saved';
        if (result === 'stop') break;
      }
      if (saved) await this.refresh();
    } catch (error) {
      this.fail(error);
    } finally {
      this.saving.set(false);
      if (this.error() === null) this.schedule(this.autosaveDelay);
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
      this.baseVersions.delete(entityKey(conflict.change));
      await this.refresh();
    } catch (error) {
      const failure = apiError(error);
      if (failure.status === 409 && failure.current !== undefined) {
        // Changed again in the meantime: ask again, against the newest version.
        this.conflict.set({ ...conflict, theirs: failure.current as Conflict['theirs'] });
      } else {
        this.fail(error);
      }
      return;
    }
    if (this.pending().length > 0) await this.save();
  }

  /** Conflict resolved by taking what is stored now (the user's change to that entity is dropped). */
  async takeTheirs(): Promise<void> {
    const conflict = this.conflict();
    if (!conflict) return;
    const key = entityKey(conflict.change);
    this.baseVersions.delete(key);
    const fresh = await this.api.get(this.server()?.id ?? '');
    this.server.set(fresh);
    const others = pendingChanges(fresh, this.working() ?? fresh).filter(
      (c) => entityKey(c) !== key,
    );
    this.working.set(others.reduce(applyChange, fresh));
    this.conflict.set(null);
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
      this.fail(error);
      return false;
    }
  }

  private edit(change: PendingChange): void {
    this.working.update((c) => (c === null ? c : applyChange(c, change)));
  }

  private schedule(delay: number | null): void {
    clearTimeout(this.timer);
    if (delay === null || this.sessionEnded() || this.sendable().length === 0) return;
    this.timer = setTimeout(() => void this.save(), delay);
  }

  private async saveOne(id: string, change: PendingChange): Promise<'saved' | 'refused' | 'stop'> {
    const key = entityKey(change);
    const local = [...localProblems(change), ...this.duplicateCode(change)];
    if (local.length > 0) {
      this.refuse(change, local);
      const rest = withoutRefused(change, this.refusals().get(key));
      return rest === null ? 'refused' : this.saveOne(id, rest);
    }
    const version = this.baseVersions.get(key) ?? change.version;
    try {
      await this.send(id, change, version);
    } catch (error) {
      const failure = apiError(error);
      if (failure.status === 409 && failure.current !== undefined) {
        const theirs = failure.current as Conflict['theirs'];
        const fields = this.clashes(change, theirs);
        // Someone saved other fields of the same part: this change goes on top of theirs.
        if (fields.length === 0 && theirs.version !== version) {
          return this.saveOne(id, { ...change, version: theirs.version });
        }
        this.conflict.set({ mine: change.body, theirs, change, fields });
        return 'stop';
      }
      if ((failure.status === 400 || failure.status === 422) && failure.errors.length > 0) {
        // The server refuses the whole request: the fields it did not name are sent again.
        const named = serverProblems(change, failure.errors).filter(
          (p) => formFieldName(p.field) in change.body,
        );
        const problems =
          named.length > 0
            ? named
            : Object.keys(change.body).map((field) => ({
                field,
                key: 'editor.problem.server',
                params: { message: failure.message },
              }));
        this.refuse(change, problems);
        const rest = withoutRefused(change, this.refusals().get(key));
        return rest === null ? 'refused' : this.saveOne(id, rest);
      }
      throw error;
    }
    this.baseVersions.delete(key);
    this.accept(change);
    return 'saved';
  }

  /**
   * The fields of `change` that were changed elsewhere since the copy it was based on, to values
   * other than the user's. A change brought back from the browser has no known base: all clash.
   */
  private clashes(change: PendingChange, theirs: Record<string, unknown>): string[] {
    const fields = Object.keys(change.body);
    const base = this.server();
    const before = base === null ? null : entityOf(base, change);
    if (this.baseVersions.has(entityKey(change)) || before === null) return fields;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    return fields.filter(
      (field) => !same(before[field], theirs[field]) && !same(change.body[field], theirs[field]),
    );
  }

  /** A unit code must name one unit: the ECVET check flags it, and the editor does not save it. */
  private duplicateCode(change: PendingChange): FieldProblem[] {
    if (change.kind !== 'unit' || typeof change.body['code'] !== 'string') return [];
    const code = change.body['code'].trim().toLowerCase();
    const taken = this.working()?.units.some(
      (u) => u.id !== change.unitId && u.code.trim().toLowerCase() === code,
    );
    return taken ? [{ field: 'code', key: 'editor.problem.codeTaken', params: {} }] : [];
  }

  private refuse(change: PendingChange, problems: readonly FieldProblem[]): void {
    this.refusals.update((all) => withRefusal(all, change, problems));
  }

  private accept(change: PendingChange): void {
    this.refusals.update((all) => withoutSaved(all, change));
  }

  /** Tells what a failed request means; an ended session goes to sign-in (the draft stays here). */
  private fail(error: unknown): void {
    const failure = apiError(error);
    this.error.set(errorText((key, params) => this.i18n.t(key, params), error));
    if (failure.status === 401) {
      this.sessionEnded.set(true);
      void this.router.navigate(['/login'], { queryParams: { returnTo: this.router.url } });
    } else if (failure.status === 0 || failure.status === 429 || failure.status >= 500) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.save(), RETRY_DELAY);
    } else if (failure.status === 404) {
      void this.refresh().catch(() => undefined);
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
