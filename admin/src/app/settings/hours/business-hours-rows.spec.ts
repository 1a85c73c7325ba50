import { daysOf, rowProblem, rowsOf } from './business-hours-rows';

describe('business hours rows', () => {
  it('shows the week from Monday, closed days with a suggested range', () => {
    const rows = rowsOf([
      { day: 0, open: '10:00', close: '14:00' },
      { day: 1, open: '09:00', close: '17:30' },
    ]);
    expect(rows.map((r) => r.label)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(rows[0]).toEqual({ day: 1, label: 'Monday', open: true, from: '09:00', to: '17:30' });
    expect(rows[1]).toEqual({ day: 2, label: 'Tuesday', open: false, from: '09:00', to: '17:00' });
    expect(rows[6]).toMatchObject({ day: 0, open: true, from: '10:00', to: '14:00' });
  });

  it('sends only open days, with midnight as 24:00 and back', () => {
    const rows = rowsOf([{ day: 5, open: '18:00', close: '24:00' }]);
    expect(rows.find((r) => r.day === 5)?.to).toBe('00:00');
    expect(daysOf(rows)).toEqual([{ day: 5, open: '18:00', close: '24:00' }]);
  });

  it('refuses an open day that closes before it opens, but not a closed one', () => {
    expect(rowProblem({ day: 1, label: 'Monday', open: true, from: '22:00', to: '02:00' })).toMatch(/Closes before it opens/);
    expect(rowProblem({ day: 1, label: 'Monday', open: true, from: '09:00', to: '09:00' })).toMatch(/Closes before it opens/);
    expect(rowProblem({ day: 1, label: 'Monday', open: true, from: '09:00', to: '' })).toBe('Enter both times');
    expect(rowProblem({ day: 1, label: 'Monday', open: false, from: '22:00', to: '02:00' })).toBeNull();
    expect(rowProblem({ day: 1, label: 'Monday', open: true, from: '18:00', to: '00:00' })).toBeNull();
  });
});
