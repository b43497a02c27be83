import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LibraryEntry,
  LibraryLicence,
  LibraryUpdate,
  PlacementMatch,
  PlacementNeed,
  PlacementRequest,
  Unit,
} from '@curriculum-builder/curriculum';
import type {
  CreatePlacementRequestDto,
  TakeLibraryUpdateDto,
} from '@curriculum-builder/curriculum/dto';
import { firstValueFrom } from 'rxjs';

const api = '/api/v1';

/**
 * What the editor shares with other institutions (issue #21): units published to the shared
 * library and the updates of adopted ones (ADR 0029), placement offers that fit a WBL period and
 * the requests for them (ADR 0030).
 */
@Injectable({ providedIn: 'root' })
export class SharingApi {
  private readonly http = inject(HttpClient);

  /** A unit of the published version in the library; without one, the whole curriculum. */
  publish(
    curriculumId: string,
    unitId: string | null,
    licence: LibraryLicence,
    keywords: string[],
  ): Promise<LibraryEntry> {
    return firstValueFrom(
      this.http.post<LibraryEntry>(`${api}/library`, {
        curriculumId,
        ...(unitId === null ? {} : { unitId }),
        licence,
        keywords,
      }),
    );
  }
  updates(curriculumId: string): Promise<LibraryUpdate[]> {
    return firstValueFrom(
      this.http.get<{ items: LibraryUpdate[] }>(`${api}/curricula/${curriculumId}/updates`),
    ).then((page) => page.items);
  }
  takeUpdate(curriculumId: string, unitId: string, body: TakeLibraryUpdateDto): Promise<Unit> {
    return firstValueFrom(
      this.http.post<Unit>(`${api}/curricula/${curriculumId}/updates/${unitId}/take`, body),
    );
  }
  dismissUpdate(curriculumId: string, unitId: string): Promise<void> {
    return firstValueFrom(
      this.http.post<void>(`${api}/curricula/${curriculumId}/updates/${unitId}/dismiss`, {}),
    );
  }
  matches(
    curriculumId: string,
    wblId: string,
  ): Promise<{ need: PlacementNeed; items: PlacementMatch[] }> {
    return firstValueFrom(
      this.http.get<{ need: PlacementNeed; items: PlacementMatch[] }>(
        `${api}/curricula/${curriculumId}/work-based-learning/${wblId}/matches`,
      ),
    );
  }
  requestPlaces(offerId: string, body: CreatePlacementRequestDto): Promise<PlacementRequest> {
    return firstValueFrom(
      this.http.post<PlacementRequest>(`${api}/placements/${offerId}/requests`, body),
    );
  }
  /** The requests of the caller's school. */
  placementRequests(): Promise<PlacementRequest[]> {
    return firstValueFrom(
      this.http.get<{ items: PlacementRequest[] }>(`${api}/placement-requests`),
    ).then((page) => page.items);
  }
}
