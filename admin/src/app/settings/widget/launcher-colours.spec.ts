import { textColourOn } from './launcher-colours';

describe('textColourOn', () => {
  it('puts white on dark colours and black on light ones', () => {
    expect(textColourOn('#4f46e5')).toBe('#ffffff');
    expect(textColourOn('#0f766e')).toBe('#ffffff');
    expect(textColourOn('#facc15')).toBe('#000000');
    expect(textColourOn('#FFFFFF')).toBe('#000000');
  });
});
