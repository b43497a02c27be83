import {
  UPDATABLE_FIELDS,
  type Curriculum,
  type LearningOutcome,
  type Unit,
  type WorkBasedLearningPeriod,
} from '@curriculum-builder/curriculum';

/** One entity whose working copy differs from what the server sent, with the PATCH body. */
export type PendingChange =
  | {
      readonly kind: 'curriculum';
      readonly version: number;
      readonly body: Record<string, unknown>;
    }
  | {
      readonly kind: 'unit';
      readonly unitId: string;
      readonly version: number;
      readonly body: Record<string, unknown>;
    }
  | {
      readonly kind: 'outcome';
      readonly unitId: string;
      readonly outcomeId: string;
      readonly version: number;
      readonly body: Record<string, unknown>;
    }
  | {
      readonly kind: 'period';
      readonly periodId: string;
      readonly version: number;
      readonly body: Record<string, unknown>;
    };

function changed<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) body[field] = after[field];
  }
  return body;
}

/** What to send to bring the server from `server` to `working`, entity by entity. */
export function pendingChanges(server: Curriculum, working: Curriculum): PendingChange[] {
  const result: PendingChange[] = [];
  const curriculum = changed(server, working, [...UPDATABLE_FIELDS.curriculum]);
  if (Object.keys(curriculum).length > 0)
    result.push({ kind: 'curriculum', version: server.version, body: curriculum });
  const serverUnits = new Map(server.units.map((u) => [u.id, u]));
  for (const unit of working.units) {
    const before = serverUnits.get(unit.id);
    if (!before) continue;
    const body = changed<Unit>(before, unit, [...UPDATABLE_FIELDS.unit]);
    if (Object.keys(body).length > 0)
      result.push({ kind: 'unit', unitId: unit.id, version: before.version, body });
    const serverOutcomes = new Map(before.outcomes.map((o) => [o.id, o]));
    for (const outcome of unit.outcomes) {
      const old = serverOutcomes.get(outcome.id);
      if (!old) continue;
      const outcomeBody = changed<LearningOutcome>(old, outcome, [...UPDATABLE_FIELDS.outcome]);
      // The list names the main skill too (its first): the API refuses a main skill beside it
      // that disagrees, and the editor changes the list only.
      if ('escoSkills' in outcomeBody) delete outcomeBody['escoSkill'];
      if (Object.keys(outcomeBody).length > 0) {
        result.push({
          kind: 'outcome',
          unitId: unit.id,
          outcomeId: outcome.id,
          version: old.version,
          body: outcomeBody,
        });
      }
    }
  }
  const serverPeriods = new Map(server.workBasedLearning.map((p) => [p.id, p]));
  for (const period of working.workBasedLearning) {
    const before = serverPeriods.get(period.id);
    if (!before) continue;
    const body = changed<WorkBasedLearningPeriod>(before, period, [
      ...UPDATABLE_FIELDS.workBasedLearning,
    ]);
    if (Object.keys(body).length > 0)
      result.push({ kind: 'period', periodId: period.id, version: before.version, body });
  }
  return result;
}

/** The DOM id of the input for a finding's path, e.g. `units[2].ecvetPoints` → `f-units-2-ecvetPoints`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[[\].]+/g, '-').replace(/-+$/, '') || 'curriculum'}`;
}

/** One key per changed entity: `unit:<id>`, `outcome:<unitId>:<id>`, … */
export function entityKey(change: PendingChange): string {
  switch (change.kind) {
    case 'curriculum':
      return 'curriculum';
    case 'unit':
      return `unit:${change.unitId}`;
    case 'outcome':
      return `outcome:${change.unitId}:${change.outcomeId}`;
    case 'period':
      return `period:${change.periodId}`;
  }
}

/** Where the changed entity is in `c`, as a finding path (`units[2]`), or null when it is gone. */
export function entityPath(c: Curriculum, change: PendingChange): string | null {
  switch (change.kind) {
    case 'curriculum':
      return '';
    case 'unit': {
      const u = c.units.findIndex((unit) => unit.id === change.unitId);
      return u === -1 ? null : `units[${u}]`;
    }
    case 'outcome': {
      const u = c.units.findIndex((unit) => unit.id === change.unitId);
      const o = u === -1 ? -1 : c.units[u].outcomes.findIndex((x) => x.id === change.outcomeId);
      return o === -1 ? null : `units[${u}].outcomes[${o}]`;
    }
    case 'period': {
      const p = c.workBasedLearning.findIndex((period) => period.id === change.periodId);
      return p === -1 ? null : `workBasedLearning[${p}]`;
    }
  }
}

/** The curriculum with one pending change applied again (after a reload); gone entities are skipped. */
export function applyChange(c: Curriculum, change: PendingChange): Curriculum {
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

/** The stored fields of the entity a change is about, in `c` (null when it is gone). */
export function entityOf(c: Curriculum, change: PendingChange): Record<string, unknown> | null {
  const unit = 'unitId' in change ? c.units.find((u) => u.id === change.unitId) : undefined;
  switch (change.kind) {
    case 'curriculum':
      return c as unknown as Record<string, unknown>;
    case 'unit':
      return (unit as unknown as Record<string, unknown> | undefined) ?? null;
    case 'outcome':
      return (
        (unit?.outcomes.find((o) => o.id === change.outcomeId) as unknown as
          Record<string, unknown> | undefined) ?? null
      );
    case 'period':
      return (
        (c.workBasedLearning.find((p) => p.id === change.periodId) as unknown as
          Record<string, unknown> | undefined) ?? null
      );
  }
}
