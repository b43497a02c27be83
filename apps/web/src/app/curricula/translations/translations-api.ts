import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  TextTranslations,
  TranslationOverview,
  XliffImportResult,
} from '@curriculum-builder/curriculum';
import { firstValueFrom } from 'rxjs';

const base = (id: string) => `/api/v1/curricula/${id}/translations`;

/** The translation workflow of a working copy (ADR 0025). */
@Injectable({ providedIn: 'root' })
export class TranslationsApi {
  private readonly http = inject(HttpClient);

  overview(id: string): Promise<TranslationOverview> {
    return firstValueFrom(this.http.get<TranslationOverview>(base(id)));
  }

  /** The translation of `key` into `language`, made from `sourceVersion` (409 if it changed). */
  translate(
    id: string,
    key: string,
    language: string,
    text: string,
    sourceVersion: string,
  ): Promise<TextTranslations> {
    return firstValueFrom(
      this.http.put<TextTranslations>(
        `${base(id)}/${encodeURIComponent(key)}/${encodeURIComponent(language)}`,
        { text, sourceVersion },
      ),
    );
  }

  /** Where the XLIFF 2.0 file of the texts to translate into `language` is downloaded. */
  xliffUrl(id: string, language: string, states: string): string {
    return `${base(id)}/xliff?language=${encodeURIComponent(language)}&state=${states}`;
  }

  importXliff(id: string, file: Blob): Promise<XliffImportResult> {
    return firstValueFrom(
      this.http.post<XliffImportResult>(`${base(id)}/xliff`, file, {
        headers: { 'Content-Type': 'application/xliff+xml' },
      }),
    );
  }
}
