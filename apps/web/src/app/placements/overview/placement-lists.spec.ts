import { offerFixture, requestFixture } from '../testing/placement-fixtures';
import { replaced, sortOffers, sortRequests } from './placement-lists';

describe('the lists of the placements page', () => {
  it('puts open offers first, each group by its first day', () => {
    const offers = [
      offerFixture({ id: 'closed', status: 'closed', startsOn: '2026-01-01' }),
      offerFixture({ id: 'late', startsOn: '2026-10-01' }),
      offerFixture({ id: 'early', startsOn: '2026-03-01' }),
    ];
    expect(sortOffers(offers).map((o) => o.id)).toEqual(['early', 'late', 'closed']);
  });

  it('puts the requests awaiting an answer first, the oldest of them at the top', () => {
    const requests = [
      requestFixture({ id: 'old-accepted', status: 'accepted', createdAt: '2026-05-01T08:00:00Z' }),
      requestFixture({ id: 'new-pending', createdAt: '2026-06-20T08:00:00Z' }),
      requestFixture({ id: 'new-declined', status: 'declined', createdAt: '2026-06-21T08:00:00Z' }),
      requestFixture({ id: 'old-pending', createdAt: '2026-06-01T08:00:00Z' }),
    ];
    expect(sortRequests(requests).map((r) => r.id)).toEqual([
      'old-pending',
      'new-pending',
      'new-declined',
      'old-accepted',
    ]);
  });

  it('replaces an item by its id and keeps the order', () => {
    const list = [offerFixture({ id: 'a' }), offerFixture({ id: 'b' })];
    const closed = offerFixture({ id: 'b', status: 'closed' });
    expect(replaced(list, closed)).toEqual([list[0], closed]);
  });
});
