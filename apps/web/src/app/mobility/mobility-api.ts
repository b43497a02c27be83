import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Institution,
  Mobility,
  MobilitySummary,
  Mou,
  MouSummary,
  Transcript,
} from '@curriculum-builder/curriculum';
// Types only (erased from the bundle): the request bodies are the API's DTO classes.
import type {
  CreateMobilityDto,
  CreateMouDto,
  TranscriptLineDto,
} from '@curriculum-builder/curriculum/dto';
import { firstValueFrom } from 'rxjs';

const MOUS = '/api/v1/mous';
const MOBILITIES = '/api/v1/mobilities';

/** The languages the mobility documents are printed in. */
export const DOCUMENT_LANGUAGES = ['en', 'de', 'lt', 'lv', 'et'] as const;

const id = (value: string) => encodeURIComponent(value);

/**
 * The mobility area's view of the API: Memoranda of Understanding, Learning Agreements with their
 * signatures, Personal Transcripts and the home school's recognition of their lines.
 */
@Injectable({ providedIn: 'root' })
export class MobilityApi {
  private readonly http = inject(HttpClient);

  /** Schools, associations and companies (the MoU's partners are schools). */
  institutions(): Promise<Institution[]> {
    return firstValueFrom(this.http.get<Institution[]>('/api/v1/institutions'));
  }

  mous(): Promise<MouSummary[]> {
    return firstValueFrom(this.http.get<MouSummary[]>(MOUS));
  }

  mou(mouId: string): Promise<Mou> {
    return firstValueFrom(this.http.get<Mou>(`${MOUS}/${id(mouId)}`));
  }

  createMou(body: CreateMouDto): Promise<Mou> {
    return firstValueFrom(this.http.post<Mou>(MOUS, body));
  }

  /** The caller's institution accepts (the initiator of a draft: and sends it to the partners). */
  acceptMou(mouId: string, version: number): Promise<Mou> {
    return firstValueFrom(this.http.post<Mou>(`${MOUS}/${id(mouId)}/accept`, { version }));
  }

  rejectMou(mouId: string, version: number, reason: string): Promise<Mou> {
    return firstValueFrom(this.http.post<Mou>(`${MOUS}/${id(mouId)}/reject`, { version, reason }));
  }

  /** The MoU as PDF: `POST` renders it as a background job (ExportJob), `GET` answers the file. */
  mouPdfUrl(mouId: string, language: string): string {
    return `${MOUS}/${id(mouId)}/export/pdf?lang=${encodeURIComponent(language)}`;
  }

  mobilities(): Promise<MobilitySummary[]> {
    return firstValueFrom(this.http.get<MobilitySummary[]>(MOBILITIES));
  }

  mobility(mobilityId: string): Promise<Mobility> {
    return firstValueFrom(this.http.get<Mobility>(`${MOBILITIES}/${id(mobilityId)}`));
  }

  createMobility(body: CreateMobilityDto): Promise<Mobility> {
    return firstValueFrom(this.http.post<Mobility>(MOBILITIES, body));
  }

  /** Signs the Learning Agreement for the caller's party (home, host or learner). */
  signMobility(mobilityId: string, version: number): Promise<Mobility> {
    return firstValueFrom(
      this.http.post<Mobility>(`${MOBILITIES}/${id(mobilityId)}/accept`, { version }),
    );
  }

  rejectMobility(mobilityId: string, version: number, reason: string): Promise<Mobility> {
    return firstValueFrom(
      this.http.post<Mobility>(`${MOBILITIES}/${id(mobilityId)}/reject`, { version, reason }),
    );
  }

  /** The Learning Agreement as PDF (`POST`: a background job, `GET`: the file). */
  mobilityPdfUrl(mobilityId: string, language: string): string {
    return `${MOBILITIES}/${id(mobilityId)}/export/pdf?lang=${encodeURIComponent(language)}`;
  }

  transcript(mobilityId: string): Promise<Transcript> {
    return firstValueFrom(this.http.get<Transcript>(`${MOBILITIES}/${id(mobilityId)}/transcript`));
  }

  /** The host records a result on the transcript. */
  addLine(mobilityId: string, body: TranscriptLineDto): Promise<Transcript> {
    return firstValueFrom(
      this.http.post<Transcript>(`${MOBILITIES}/${id(mobilityId)}/transcript/lines`, body),
    );
  }

  removeLine(mobilityId: string, lineId: string): Promise<Transcript> {
    return firstValueFrom(
      this.http.delete<Transcript>(
        `${MOBILITIES}/${id(mobilityId)}/transcript/lines/${id(lineId)}`,
      ),
    );
  }

  /** The host's coordinator issues the transcript; `version` is the mobility's. */
  issueTranscript(mobilityId: string, version: number): Promise<Transcript> {
    return firstValueFrom(
      this.http.post<Transcript>(`${MOBILITIES}/${id(mobilityId)}/transcript/issue`, { version }),
    );
  }

  /** The home school recognises a line; `version` is the line's. */
  recogniseLine(mobilityId: string, lineId: string, version: number): Promise<Transcript> {
    return firstValueFrom(
      this.http.post<Transcript>(
        `${MOBILITIES}/${id(mobilityId)}/transcript/lines/${id(lineId)}/accept`,
        { version },
      ),
    );
  }

  refuseLine(
    mobilityId: string,
    lineId: string,
    version: number,
    reason: string,
  ): Promise<Transcript> {
    return firstValueFrom(
      this.http.post<Transcript>(
        `${MOBILITIES}/${id(mobilityId)}/transcript/lines/${id(lineId)}/reject`,
        { version, reason },
      ),
    );
  }

  /** The Personal Transcript as PDF (`POST`: a background job, `GET`: the file). */
  transcriptPdfUrl(mobilityId: string, language: string): string {
    return `${MOBILITIES}/${id(mobilityId)}/transcript/export/pdf?lang=${encodeURIComponent(language)}`;
  }
}
