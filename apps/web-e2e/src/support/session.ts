import type { Page } from 'playwright-core';
import type { UiText } from './ui-messages';

/** The demo password the browser suites start the production server with. */
export const DEMO_PASSWORD = 'Demo-Zerspanung-2026';

export const DEMO = {
  teacher: 'teacher@demo.local',
  partnerTeacher: 'teacher@partner.demo.local',
  reviewer: 'reviewer@demo.local',
  learner: 'learner@demo.local',
  admin: 'admin@demo.local',
} as const;

/**
 * Signs in through the login page, as a person would, and waits for the user name in the header;
 * `ui` names the fields in the language of the page (English or German without it).
 */
export async function signIn(
  page: Page,
  email: string,
  password = DEMO_PASSWORD,
  ui?: UiText,
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(ui?.t('login.email') ?? /E-mail|E-Mail/).fill(email);
  await page.getByLabel(ui?.t('login.password') ?? /Password|Passwort/).fill(password);
  await page.getByRole('button', { name: ui?.t('login.submit') ?? /Sign in|Anmelden/ }).click();
  await page.getByTestId('current-user').waitFor();
}

/** A bearer token for set-up steps through the API (not what the journey tests). */
export async function apiToken(
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // A bearer client asks for the token (a browser's login answer carries none).
    body: JSON.stringify({ email, password, bearer: true }),
  });
  if (!response.ok) throw new Error(`login of ${email} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A JSON call to the API with a bearer token. */
export async function apiCall<T>(
  baseUrl: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The id of a demo curriculum by its code (the CNC one unless told), as `token` lists it. */
export async function demoCurriculumId(
  baseUrl: string,
  token: string,
  code = 'ZM-CNC-2018',
): Promise<string> {
  const list = await apiCall<{ items: { id: string; code: string }[] }>(
    baseUrl,
    token,
    'GET',
    '/curricula?pageSize=100',
  );
  const found = list.items.find((c) => c.code === code);
  if (!found) throw new Error(`demo curriculum ${code} missing`);
  return found.id;
}
