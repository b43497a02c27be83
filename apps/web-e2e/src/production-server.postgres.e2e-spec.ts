import { Client } from 'pg';
import { RunningServer, startProductionServer } from '@curriculum-builder/product-process';

/** The same production build switched to PostgreSQL by DATABASE_URL, with the same migrations. */
describe('production server on PostgreSQL', () => {
  const base = process.env['TEST_DATABASE_URL'] ?? '';
  const schema = `prod_e2e_${process.pid}`;
  let server: RunningServer;

  beforeAll(async () => {
    if (base === '') throw new Error('This suite needs TEST_DATABASE_URL.');
    const url = new URL(base);
    url.searchParams.set('schema', schema);
    server = await startProductionServer({ DATABASE_URL: url.toString() });
  });

  afterAll(async () => {
    if (server && server.process.exitCode === null) await server.stop('SIGKILL');
    if (base === '') return;
    const client = new Client({ connectionString: base });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });

  it('reports PostgreSQL in /api/v1/health', async () => {
    const response = await fetch(`${server.url}/api/v1/health`);
    expect(await response.json()).toEqual({ status: 'ok', database: 'postgres', apiDocs: true });
  });

  it('ran the migrations into its own schema', async () => {
    const client = new Client({ connectionString: base });
    await client.connect();
    try {
      const { rows } = await client.query(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([
        'achievement',
        'audit_event',
        'curriculum',
        'curriculum_search',
        'curriculum_submission',
        'curriculum_version',
        'email_outbox',
        'enrolment',
        'esco_concept',
        'esco_label',
        'esco_relation',
        'institution',
        'institution_partner',
        'learner',
        'learning_outcome',
        'library_adoption',
        'library_entry',
        'library_version',
        'migrations',
        'mobility',
        'mobility_event',
        'mou',
        'mou_partner',
        'notification',
        'password_reset',
        'placement_offer',
        'placement_request',
        'review_comment',
        'security_event',
        'text_translation',
        'transcript_line',
        'unit',
        'user_account',
        'user_session',
        'work_based_learning',
      ]);
    } finally {
      await client.end();
    }
  });

  it('shuts down cleanly on SIGTERM', async () => {
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toContain('Shut down cleanly.');
  });
});
