import type { PlacementOffer, PlacementRequest } from '@curriculum-builder/curriculum';

/** Open offers first, then by their first day and id. */
export function sortOffers(offers: readonly PlacementOffer[]): PlacementOffer[] {
  return [...offers].sort(
    (a, b) =>
      Number(b.status === 'open') - Number(a.status === 'open') ||
      a.startsOn.localeCompare(b.startsOn) ||
      a.id.localeCompare(b.id),
  );
}

/** Requests awaiting an answer first (the oldest first), then the others (the newest first). */
export function sortRequests(requests: readonly PlacementRequest[]): PlacementRequest[] {
  const pending = (r: PlacementRequest) => r.status === 'pending';
  return [...requests].sort((a, b) => {
    if (pending(a) !== pending(b)) return pending(a) ? -1 : 1;
    const order = a.createdAt.localeCompare(b.createdAt);
    return (pending(a) ? order : -order) || a.id.localeCompare(b.id);
  });
}

/** `list` with `item` in the place of the one with its id. */
export function replaced<T extends { readonly id: string }>(list: readonly T[], item: T): T[] {
  return list.map((entry) => (entry.id === item.id ? item : entry));
}
