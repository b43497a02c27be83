import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Role } from '@curriculum-builder/curriculum';
import { Auth } from '../../core/auth/auth';

/** Signs in as `role` of `institutionId` (answering the login request) for a spec. */
export async function signIn(
  http: HttpTestingController,
  role: Role,
  institutionId: string | null,
): Promise<void> {
  const login = TestBed.inject(Auth).login(`${role}@example.org`, 'a long passphrase');
  http.expectOne('/api/v1/auth/login').flush({
    user: { id: `u-${role}`, email: `${role}@example.org`, role, institutionId, displayName: role },
    csrfToken: 'csrf',
    expiresAt: '2026-03-12T18:00:00.000Z',
  });
  await login;
}
