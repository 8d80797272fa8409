import { describe, expect, it } from 'vitest';
import { clampRow, gridKeyAction, toggleSort } from './navigation';

describe('grid keyboard', () => {
  it('moves by one, by a page, to the ends, and opens with Enter', () => {
    expect(gridKeyAction('ArrowDown', 4, 100, 9)).toEqual({ moveTo: 5 });
    expect(gridKeyAction('ArrowUp', 4, 100, 9)).toEqual({ moveTo: 3 });
    expect(gridKeyAction('PageDown', 4, 100, 9)).toEqual({ moveTo: 13 });
    expect(gridKeyAction('PageUp', 4, 100, 9)).toEqual({ moveTo: -5 });
    expect(gridKeyAction('Home', 4, 100, 9)).toEqual({ moveTo: 0 });
    expect(gridKeyAction('End', 4, 100, 9)).toEqual({ moveTo: 99 });
    expect(gridKeyAction('Enter', 4, 100, 9)).toEqual({ activate: true });
  });

  it('leaves other keys to the page', () => {
    for (const key of ['a', ' ', 'Tab', 'Escape', 'ArrowLeft', 'constructor']) {
      expect(gridKeyAction(key, 0, 10, 9)).toBeNull();
    }
  });

  it('keeps the active row inside the rows', () => {
    expect(clampRow(-5, 100)).toBe(0);
    expect(clampRow(130, 100)).toBe(99);
    expect(clampRow(42, 100)).toBe(42);
    expect(clampRow(3, 0)).toBe(0);
  });
});

describe('header clicks sort', () => {
  it('cycles a column ascending → descending → unsorted', () => {
    const asc = toggleSort([], 'name', false);
    expect(asc).toEqual([{ id: 'name', desc: false }]);
    const desc = toggleSort(asc, 'name', false);
    expect(desc).toEqual([{ id: 'name', desc: true }]);
    expect(toggleSort(desc, 'name', false)).toEqual([]);
  });

  it('a plain click replaces the sort; Shift+click adds to it, last added last', () => {
    const byName = [{ id: 'name', desc: false }];
    expect(toggleSort(byName, 'qty', false)).toEqual([{ id: 'qty', desc: false }]);
    const both = toggleSort(byName, 'qty', true);
    expect(both).toEqual([
      { id: 'name', desc: false },
      { id: 'qty', desc: false },
    ]);
    expect(toggleSort(both, 'name', true)).toEqual([
      { id: 'qty', desc: false },
      { id: 'name', desc: true },
    ]);
    expect(toggleSort(toggleSort(both, 'qty', true), 'qty', true)).toEqual([
      { id: 'name', desc: false },
    ]);
  });
});
