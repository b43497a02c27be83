import type { InstitutionKind, Role } from '@curriculum-builder/curriculum';
import request from 'supertest';
import type { App } from 'supertest/types';
import { hashPassword } from '../../src/app/accounts/password-hasher';
import { SessionsService } from '../../src/app/accounts/sessions.service';
import { UsersService } from '../../src/app/accounts/users.service';
import { InstitutionsService } from '../../src/app/institutions/institutions.service';
import { UnitOfWork } from '../../src/infrastructure/database/unit-of-work';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'Fräsen-und-Drehen-2026';
let sharedHash: Promise<string> | undefined;

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly role: Role;
  readonly institutionId: string | null;
  readonly token: string;
}

/** HTTP calls as a user (bearer token), or anonymously. */
export interface Client {
  get(path: string): request.Test;
  post(path: string): request.Test;
  put(path: string): request.Test;
  patch(path: string): request.Test;
  delete(path: string): request.Test;
}

export function client(server: App, token?: string): Client {
  const call = (method: 'get' | 'post' | 'put' | 'patch' | 'delete') => (path: string) => {
    const test = request(server)[method](path);
    return token === undefined ? test : test.set('Authorization', `Bearer ${token}`);
  };
  return {
    get: call('get'),
    post: call('post'),
    put: call('put'),
    patch: call('patch'),
    delete: call('delete'),
  };
}

export async function createInstitution(
  t: TestApp,
  kind: InstitutionKind,
  name?: string,
): Promise<string> {
  const institutions = t.app.get(InstitutionsService);
  const label = name ?? `${kind} ${Math.random().toString(36).slice(2, 8)}`;
  return t.app
    .get(UnitOfWork)
    .write(async (em) => (await institutions.create(em, label, kind, 'DE')).id);
}

export async function link(t: TestApp, schoolId: string, associationId: string): Promise<void> {
  await t.app.get(InstitutionsService).addPartner(schoolId, associationId);
}

/**
 * A user with a session, created directly (one shared password hash, so suites stay fast; the
 * real login is covered by the auth suite).
 */
export async function createUser(
  t: TestApp,
  role: Role,
  institutionId: string | null = null,
): Promise<TestUser> {
  sharedHash ??= hashPassword(TEST_PASSWORD);
  const hash = await sharedHash;
  const email = `${role}-${Math.random().toString(36).slice(2, 10)}@test.local`;
  return t.app.get(UnitOfWork).write(async (em) => {
    const user = await t.app
      .get(UsersService)
      .insert(em, { email, displayName: email, role, institutionId }, hash);
    const { token } = await t.app.get(SessionsService).create(em, user.id);
    return { id: user.id, email, role, institutionId, token };
  });
}

/** A school with an author: the usual starting point of an authoring test. */
export async function createAuthor(t: TestApp): Promise<TestUser> {
  return createUser(t, 'author', await createInstitution(t, 'school'));
}
