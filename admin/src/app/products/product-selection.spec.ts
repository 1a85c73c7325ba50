import { pageSelectionState, togglePage, toggleSelection } from './product-selection';

describe('product selection', () => {
  it('adds and removes one product', () => {
    const once = toggleSelection(new Set(), 'a');
    expect([...once]).toEqual(['a']);
    expect([...toggleSelection(once, 'a')]).toEqual([]);
  });

  it('selects the whole page, then clears it, keeping picks from other pages', () => {
    const picked = new Set(['other-page']);
    const all = togglePage(picked, ['a', 'b']);
    expect([...all].sort()).toEqual(['a', 'b', 'other-page']);
    expect([...togglePage(all, ['a', 'b'])]).toEqual(['other-page']);
  });

  it('completes a partly selected page rather than clearing it', () => {
    expect([...togglePage(new Set(['a']), ['a', 'b'])].sort()).toEqual(['a', 'b']);
  });

  it('tells the header checkbox whether to look checked, mixed or empty', () => {
    expect(pageSelectionState(new Set(), ['a', 'b'])).toBe('none');
    expect(pageSelectionState(new Set(['a']), ['a', 'b'])).toBe('some');
    expect(pageSelectionState(new Set(['a', 'b']), ['a', 'b'])).toBe('all');
    expect(pageSelectionState(new Set(['a']), [])).toBe('none');
  });
});
