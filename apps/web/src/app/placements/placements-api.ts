import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PlacementOffer, PlacementRequest } from '@curriculum-builder/curriculum';
// Types only (erased from the bundle): the request bodies are the API's DTO classes.
import type {
  AnswerPlacementRequestDto,
  CreatePlacementOfferDto,
  UpdatePlacementOfferDto,
} from '@curriculum-builder/curriculum/dto';
import { firstValueFrom } from 'rxjs';

const OFFERS = '/api/v1/placements';
const REQUESTS = '/api/v1/placement-requests';

const id = (value: string) => encodeURIComponent(value);

/** What the offerer answers a request: accept or decline. */
export type PlacementAnswer = 'accept' | 'decline';

/**
 * The work-based learning placements of an offerer (ADR 0030): its institution's offers, new ones,
 * changing or closing one, and the schools' requests for their places with the answers to them.
 */
@Injectable({ providedIn: 'root' })
export class PlacementsApi {
  private readonly http = inject(HttpClient);

  /** For an offerer: its institution's offers, open and closed. */
  async offers(): Promise<PlacementOffer[]> {
    const page = await firstValueFrom(this.http.get<{ items: PlacementOffer[] }>(OFFERS));
    return page.items;
  }

  /** One offer (of the caller's institution, for an offerer). */
  offer(offerId: string): Promise<PlacementOffer> {
    return firstValueFrom(this.http.get<PlacementOffer>(`${OFFERS}/${id(offerId)}`));
  }

  createOffer(body: CreatePlacementOfferDto): Promise<PlacementOffer> {
    return firstValueFrom(this.http.post<PlacementOffer>(OFFERS, body));
  }

  /**
   * Changes the fields of an offer the body names; its `version` is the one shown (409, with the
   * stored offer as `current`, when it changed since; 400 names the fields refused).
   */
  updateOffer(offerId: string, body: UpdatePlacementOfferDto): Promise<PlacementOffer> {
    return firstValueFrom(this.http.patch<PlacementOffer>(`${OFFERS}/${id(offerId)}`, body));
  }

  /** Takes an offer off the matches; `version` is the one shown (409 when it changed since). */
  closeOffer(offerId: string, version: number): Promise<PlacementOffer> {
    return this.updateOffer(offerId, { version, status: 'closed' });
  }

  /** For an offerer: the requests for its offers. */
  async requests(): Promise<PlacementRequest[]> {
    const page = await firstValueFrom(this.http.get<{ items: PlacementRequest[] }>(REQUESTS));
    return page.items;
  }

  /** Accepts or declines a pending request, with the answer's words when there are any. */
  answer(requestId: string, decision: PlacementAnswer, answer = ''): Promise<PlacementRequest> {
    const text = answer.trim();
    const body: AnswerPlacementRequestDto = text === '' ? {} : { answer: text };
    return firstValueFrom(
      this.http.post<PlacementRequest>(`${REQUESTS}/${id(requestId)}/${decision}`, body),
    );
  }
}
