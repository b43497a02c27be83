import type { Curriculum, CurriculumContent } from '@curriculum-builder/curriculum';
import type request from 'supertest';
import { insertCurriculumContent } from '../../src/app/curricula/curriculum-content.writer';
import { CurriculaRepository } from '../../src/app/curricula/curricula.repository';
import { WorkflowService } from '../../src/app/workflow/workflow.service';
import { UnitOfWork } from '../../src/infrastructure/database/unit-of-work';
import { client, createInstitution, createUser, type Client } from './accounts';
import type { TestApp } from './test-app';

export const api = '/api/v1';

/** A supertest parser that keeps an answer's body as bytes (PDF, XLSX, XLIFF …). */
export function asBytes(
  res: request.Response,
  done: (error: Error | null, body: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

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

/** The content types the import endpoints take, by format. */
const IMPORT_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  case: 'application/json',
} as const;
export type RoundTripFormat = keyof typeof IMPORT_TYPES;

/**
 * Exports curriculum `id` as `format` and imports the file again; answers the imported tree. A
 * CASE package of the caller's own curriculum would update it, so another school imports that.
 */
export async function roundTrip(
  t: TestApp,
  author: Client,
  id: string,
  format: RoundTripFormat,
): Promise<Curriculum> {
  const exported = await author
    .get(`${api}/curricula/${id}/export/${format}`)
    .buffer(true)
    .parse(asBytes)
    .expect(200);
  const importer =
    format === 'case'
      ? client(
          t.server,
          (await createUser(t, 'author', await createInstitution(t, 'school'))).token,
        )
      : author;
  const body = exported.body as Buffer;
  const back = await importer
    .post(`${api}/curricula/import/${format}`)
    .set('Content-Type', IMPORT_TYPES[format])
    .send(format === 'case' ? JSON.parse(body.toString('utf8')) : body)
    .expect(201);
  return (await importer.get(`${api}/curricula/${back.body.id}`).expect(200)).body as Curriculum;
}

/** Stores content and publishes it as version 1 at once (as the demo seeder does). */
export async function publishContent(
  t: TestApp,
  content: CurriculumContent,
  institutionId: string,
): Promise<Curriculum> {
  return t.app.get(UnitOfWork).write(async (em) => {
    const id = await insertCurriculumContent(em, content, { institutionId, status: 'draft' });
    const curriculum = await t.app.get(CurriculaRepository).findCurriculum(em, id);
    if (curriculum === null) throw new Error(`stored curriculum ${id} not found`);
    return t.app.get(WorkflowService).freezeVersion(em, curriculum, null);
  });
}
