import { UPDATABLE_FIELDS } from '../model/fields';
import { comparePaths, FIELD_ORDER, mergeFieldOrders } from './finding-order';

describe('finding order', () => {
  it('merges field lists keeping the order of each list', () => {
    const lists = [
      ['a', 'b', 'e'],
      ['b', 'c', 'd', 'e'],
      ['x', 'c', 'y'],
    ];
    const order = mergeFieldOrders(lists);
    expect(order).toEqual(['x', 'a', 'b', 'c', 'y', 'd', 'e']);
    for (const list of lists) {
      expect(list.map((name) => order.indexOf(name))).toEqual(
        [...list.map((name) => order.indexOf(name))].sort((p, q) => p - q),
      );
    }
  });

  it.each(Object.entries(UPDATABLE_FIELDS))(
    'orders the %s fields as the forms do',
    (_part, fields) => {
      const ranks = fields.map((name) => FIELD_ORDER.indexOf(name));
      expect(ranks).not.toContain(-1);
      expect(ranks).toEqual([...ranks].sort((p, q) => p - q));
    },
  );

  it('sorts paths in document order', () => {
    const paths = [
      'workBasedLearning[0].assessment',
      'units[10].title',
      'units[2].outcomes[0].text',
      'units[2].code',
      'workBasedLearning[0].durationHours',
      'title',
      '',
      'thresholds.minWblShare',
      'thresholds.pointsPerYear',
    ];
    expect([...paths].sort(comparePaths)).toEqual([
      '',
      'title',
      'thresholds.pointsPerYear',
      'thresholds.minWblShare',
      'units[2].code',
      'units[2].outcomes[0].text',
      'units[10].title',
      'workBasedLearning[0].durationHours',
      'workBasedLearning[0].assessment',
    ]);
  });
});
