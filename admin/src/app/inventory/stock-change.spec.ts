import { adjustmentProblem, insufficientStockMessage, movementKindLabel, parseThreshold, signedQuantity, transferProblem } from './stock-change';

describe('adjustmentProblem', () => {
  const draft = { kind: 'ADJUSTMENT' as const, delta: -2, reason: 'Damaged in the warehouse', onHand: 10, reserved: 0 };

  it('accepts a correction with a reason', () => {
    expect(adjustmentProblem(draft)).toBeNull();
  });

  it('asks for a non-zero whole number', () => {
    expect(adjustmentProblem({ ...draft, delta: 0 })).toMatch(/whole number/);
    expect(adjustmentProblem({ ...draft, delta: 1.5 })).toMatch(/whole number/);
    expect(adjustmentProblem({ ...draft, delta: null })).toMatch(/whole number/);
  });

  it('refuses to take more than is on hand, or than is free of reservations', () => {
    expect(adjustmentProblem({ ...draft, delta: -11 })).toBe('Only 10 on hand: at most 10 can be removed');
    expect(adjustmentProblem({ ...draft, delta: -9, reserved: 3 })).toBe('At most 7 can be removed: 3 are held for orders');
  });

  it('treats received and returned units as additions', () => {
    expect(adjustmentProblem({ ...draft, kind: 'RECEIPT', delta: -1 })).toMatch(/positive/);
    expect(adjustmentProblem({ ...draft, kind: 'RETURN', delta: 1 })).toBeNull();
  });

  it('requires a reason for the ledger', () => {
    expect(adjustmentProblem({ ...draft, reason: '  ' })).toMatch(/Say why/);
  });
});

describe('transferProblem', () => {
  const draft = { fromLocationId: 'main', toLocationId: 'shop', quantity: 4, reason: 'Restock the shop', available: 5 };

  it('accepts a move of available units between two places', () => {
    expect(transferProblem(draft)).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(transferProblem({ ...draft, toLocationId: null })).toMatch(/Pick where/);
    expect(transferProblem({ ...draft, toLocationId: 'main' })).toMatch(/two different/);
    expect(transferProblem({ ...draft, quantity: 0 })).toMatch(/above 0/);
    expect(transferProblem({ ...draft, quantity: 6 })).toBe('Only 5 available to move');
    expect(transferProblem({ ...draft, reason: '' })).toMatch(/Say why/);
  });
});

describe('parseThreshold', () => {
  it('reads a level, or no alert when empty', () => {
    expect(parseThreshold(' 5 ')).toEqual({ value: 5 });
    expect(parseThreshold('0')).toEqual({ value: 0 });
    expect(parseThreshold('')).toEqual({ value: null });
  });

  it('refuses negative or fractional levels', () => {
    expect(parseThreshold('-1')).toHaveProperty('problem');
    expect(parseThreshold('2.5')).toHaveProperty('problem');
    expect(parseThreshold('ten')).toHaveProperty('problem');
  });
});

describe('ledger wording', () => {
  it('names movement kinds, including ones it does not know yet', () => {
    expect(movementKindLabel('transfer')).toBe('Transfer');
    expect(movementKindLabel('write_off')).toBe('Write_off');
  });

  it('signs quantities', () => {
    expect(signedQuantity(5)).toBe('+5');
    expect(signedQuantity(-3)).toBe('−3');
  });

  it('says nothing changed when stock ran short', () => {
    expect(insufficientStockMessage({ requested: 4, available: 1 })).toBe('Not enough stock: 4 asked for, 1 available. Nothing was changed.');
  });
});
