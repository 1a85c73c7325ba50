import { STATUS_LABELS, STATUS_NAMES, parseStatusFilter, statusFilterParam } from './status-filter';

describe('status filter in the URL', () => {
  it('reads the readable status value used in shared links', () => {
    expect(parseStatusFilter('waiting_for_human')).toBe('WAITING_FOR_HUMAN');
    expect(parseStatusFilter('resolved')).toBe('RESOLVED');
  });

  it('also accepts the API name in any case', () => {
    expect(parseStatusFilter('ASSIGNED')).toBe('ASSIGNED');
    expect(parseStatusFilter(' Snoozed ')).toBe('SNOOZED');
  });

  it('shows every conversation for a missing or unknown status', () => {
    expect(parseStatusFilter(null)).toBeNull();
    expect(parseStatusFilter('')).toBeNull();
    expect(parseStatusFilter('archived')).toBeNull();
  });

  it('writes the filter back as the same readable value, or drops it for "all"', () => {
    expect(statusFilterParam('WAITING_FOR_HUMAN')).toBe('waiting_for_human');
    expect(statusFilterParam(null)).toBeNull();
    for (const name of STATUS_NAMES) expect(parseStatusFilter(statusFilterParam(name))).toBe(name);
  });

  it('has a label for every status', () => {
    expect(STATUS_NAMES).toHaveLength(5);
    for (const name of STATUS_NAMES) expect(STATUS_LABELS[name]).toBeTruthy();
  });
});
