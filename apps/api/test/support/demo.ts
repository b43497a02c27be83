import request from 'supertest';
import { Client, client } from './accounts';
import { api } from './curricula';
import { startTestApp, TestApp } from './test-app';

/** The password the demo accounts get in the suites that start with demo data. */
export const DEMO_PASSWORD = 'Demo-Zerspanung-2026';

export interface DemoApp {
  readonly t: TestApp;
  readonly anonymous: Client;
  /** teacher@demo.local, logged in through the real login. */
  readonly teacher: Client;
}

/** The real app on a fresh database with the demo data, and the demo teacher logged in. */
export async function startDemoApp(): Promise<DemoApp> {
  const t = await startTestApp({ DEMO_DATA: 'true', DEMO_PASSWORD });
  const login = await request(t.server)
    .post(`${api}/auth/login`)
    .send({ email: 'teacher@demo.local', password: DEMO_PASSWORD })
    .expect(200);
  return { t, anonymous: client(t.server), teacher: client(t.server, login.body.token) };
}
