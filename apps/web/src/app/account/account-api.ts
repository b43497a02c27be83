import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
// Types only (erased from the bundle): the request bodies are the API's DTO classes.
import type { ChangePasswordDto, ResetPasswordDto } from '@curriculum-builder/curriculum/dto';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/v1/auth';

/** The account area's view of the API: one's own password, and a reset link's new password. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  /** 204; the user's other sessions end, this one stays. 400 names the field, 429 backs off. */
  changePassword(body: ChangePasswordDto): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${BASE}/password`, body));
  }

  /** Public: the one-time token of a reset link (204; every session of the user ends). */
  resetPassword(body: ResetPasswordDto): Promise<void> {
    return firstValueFrom(this.http.post<void>(`${BASE}/password-reset`, body));
  }
}
