import { confirmDefaults, type CaseOrigin } from '@curriculum-builder/curriculum';
import type { EntityManager, EntityTarget } from 'typeorm';

type WithOrigin = { caseOrigin: CaseOrigin | null };

/** The fields an edit sets (a DTO holds its other fields as `undefined`). */
export const fieldsSet = (changes: object): string[] =>
  Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([field]) => field);

/**
 * Once an author sets fields of a record (`fields`, see `fieldsSet`), they are no longer an
 * import's guesses: they leave the record's CASE origin (IMPORT-DEFAULT, the ELM export).
 */
export async function confirmGuesses<E extends WithOrigin>(
  em: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  origin: CaseOrigin | null | undefined,
  fields: readonly string[],
): Promise<void> {
  const confirmed = confirmDefaults(origin, fields);
  if (confirmed !== (origin ?? null))
    await em.update(entity, id, { caseOrigin: confirmed } as Parameters<
      EntityManager['update']
    >[2]);
}
