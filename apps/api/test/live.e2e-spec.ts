import type { Curriculum, PresenceEntry } from '@curriculum-builder/curriculum';
import { randomUUID } from 'node:crypto';
import { client, createAuthor, createInstitution, createUser, TestUser } from './support/accounts';
import { api, createDraft } from './support/curricula';
import { startTestApp, TestApp, testDatabase } from './support/test-app';

interface StreamEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/**
 * Two people at once (issue #14): the saved changes of a working copy as server-sent events, sent
 * only once their transaction has committed, and who has it open.
 */
describe(`live changes and presence (${testDatabase()})`, () => {
  let t: TestApp;
  let url: string;
  let author: TestUser;
  let colleague: TestUser;
  let draft: Curriculum;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    const school = await createInstitution(t, 'school');
    author = await createUser(t, 'author', school);
    colleague = await createUser(t, 'author', school);
    draft = await createDraft(client(t.server, author.token));
    await client(t.server, author.token)
      .post(`${api}/curricula/${draft.id}/units`)
      .send({ code: 'U1', title: { de: 'Drehen' }, eqfLevel: 4, ecvetPoints: 10, year: 1 })
      .expect(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Opens the stream as `token` and hands out its events one by one. */
  async function open(token: string): Promise<{ next(): Promise<StreamEvent>; close(): void }> {
    const abort = new AbortController();
    const response = await fetch(`${url}${api}/curricula/${draft.id}/events`, {
      headers: { authorization: `Bearer ${token}` },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    if (response.body === null) throw new Error('no stream');
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    return {
      async next() {
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
            const data = /^data: (.*)$/m.exec(block)?.[1] ?? '{}';
            if (type !== 'ping') return { type, data: JSON.parse(data) };
            continue;
          }
          const chunk = await reader.read();
          if (chunk.done) throw new Error('stream ended');
          buffer += decoder.decode(chunk.value, { stream: true });
        }
      },
      close: () => abort.abort(),
    };
  }

  it('tells who has it open, and what was saved by whom once it is stored', async () => {
    const stream = await open(author.token);
    try {
      expect(await stream.next()).toEqual({ type: 'presence', data: { entries: [] } });
      const tabId = randomUUID();
      const here: PresenceEntry[] = (
        await client(t.server, colleague.token)
          .post(`${api}/curricula/${draft.id}/presence`)
          .send({ tabId, part: 'units[0]' })
          .expect(200)
      ).body;
      expect(here).toMatchObject([{ tabId, userId: colleague.id, part: 'units[0]' }]);
      const presence = await stream.next();
      expect(presence.type).toBe('presence');
      expect(presence.data['entries']).toMatchObject([
        { userId: colleague.id, name: colleague.email, part: 'units[0]' },
      ]);

      // A refused write (stale version) is rolled back: nobody hears of it.
      const tree: Curriculum = (
        await client(t.server, colleague.token).get(`${api}/curricula/${draft.id}`).expect(200)
      ).body;
      const unit = tree.units[0];
      await client(t.server, colleague.token)
        .patch(`${api}/curricula/${draft.id}/units/${unit.id}`)
        .send({ version: unit.version + 5, title: { de: 'verloren' } })
        .expect(409);
      await client(t.server, colleague.token)
        .patch(`${api}/curricula/${draft.id}/units/${unit.id}`)
        .send({ version: unit.version, title: { de: 'Drehen und Fräsen' } })
        .expect(200);
      expect(await stream.next()).toEqual({
        type: 'changed',
        data: { by: colleague.id, action: 'unit.updated', entityType: 'unit', entityId: unit.id },
      });

      // Leaving takes the tab off at once.
      await client(t.server, colleague.token)
        .post(`${api}/curricula/${draft.id}/presence`)
        .send({ tabId, leaving: true })
        .expect(200);
      expect(await stream.next()).toEqual({ type: 'presence', data: { entries: [] } });
    } finally {
      stream.close();
    }
  });

  it('streams only to those who read the working copy', async () => {
    const learner = await createUser(t, 'learner');
    const outsider = await createAuthor(t);
    const status = async (token?: string) => {
      const abort = new AbortController();
      const response = await fetch(`${url}${api}/curricula/${draft.id}/events`, {
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
        signal: abort.signal,
      });
      abort.abort();
      return response.status;
    };
    expect(await status()).toBe(401);
    expect(await status(learner.token)).toBe(403);
    expect(await status(outsider.token)).toBe(404);
    expect(await status(colleague.token)).toBe(200);
    await client(t.server, colleague.token)
      .post(`${api}/curricula/${draft.id}/presence`)
      .send({ tabId: 'not-a-uuid' })
      .expect(400);
  });
});
