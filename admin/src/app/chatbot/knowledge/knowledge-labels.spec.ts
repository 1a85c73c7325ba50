import { sizeLabel } from './knowledge-labels';

describe('sizeLabel', () => {
  it('counts short documents exactly and long ones in thousands', () => {
    expect(sizeLabel(412)).toBe('412 characters');
    expect(sizeLabel(1250)).toBe('1.3k characters');
    expect(sizeLabel(48_200)).toBe('48k characters');
  });
});
