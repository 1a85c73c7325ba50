import { groupMisses, parseSynonyms } from './search-tuning';

describe('parseSynonyms', () => {
  it('reads a comma-separated list once each, without the term itself', () => {
    expect(parseSynonyms('Couch, settee ,couch, , Sofa', 'sofa')).toEqual(['couch', 'settee']);
  });
});

describe('groupMisses', () => {
  it('counts the same search together, most asked first, newest first on a tie', () => {
    expect(
      groupMisses([
        { query: 'Rain  Jacket', createdAt: '2026-11-20T10:00:00Z' },
        { query: 'sandals', createdAt: '2026-11-21T09:00:00Z' },
        { query: 'rain jacket', createdAt: '2026-11-21T08:00:00Z' },
        { query: 'hat', createdAt: '2026-11-21T10:00:00Z' },
        { query: '  ', createdAt: '2026-11-21T11:00:00Z' },
      ]),
    ).toEqual([
      { query: 'rain jacket', count: 2, lastAt: '2026-11-21T08:00:00Z' },
      { query: 'hat', count: 1, lastAt: '2026-11-21T10:00:00Z' },
      { query: 'sandals', count: 1, lastAt: '2026-11-21T09:00:00Z' },
    ]);
  });
});
