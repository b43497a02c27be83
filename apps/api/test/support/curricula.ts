import type { Curriculum, CurriculumContent } from '@curriculum-builder/curriculum';
import { insertCurriculumContent } from '../../src/app/curricula/curriculum-content.writer';
import { UnitOfWork } from '../../src/infrastructure/database/unit-of-work';
import type { Client } from './accounts';
import type { TestApp } from './test-app';

export const api = '/api/v1';

/** A minimal valid draft body for `POST /api/v1/curricula`. */
export function draftBody(overrides: Record<string, unknown> = {}) {
  return {
    code: 'ZM-TEST',
    title: { de: 'Zerspanungsmechaniker/in', en: 'Cutting machining mechanic' },
    eqfLevel: 4,
    durationMonths: 42,
    primaryLanguage: 'de',
    languages: ['de', 'en'],
    iscedFCode: '0715',
    ...overrides,
  };
}

export async function createDraft(
  as: Client,
  overrides: Record<string, unknown> = {},
): Promise<Curriculum> {
  const response = await as.post(`${api}/curricula`).send(draftBody(overrides)).expect(201);
  return response.body as Curriculum;
}

/** Stores generated or demo content directly (fast set-up for large curricula). */
export async function storeContent(
  t: TestApp,
  content: CurriculumContent,
  institutionId: string,
): Promise<string> {
  return t.app
    .get(UnitOfWork)
    .write((em) => insertCurriculumContent(em, content, { institutionId, status: 'draft' }));
}
