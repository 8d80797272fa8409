import { describe, expect, it } from 'vitest';
import { discardGuardStart, discardGuardStep, type DiscardGuardEvent } from './discardGuard';

function run(events: DiscardGuardEvent[]) {
  let state = discardGuardStart;
  const closes: boolean[] = [];
  for (const e of events) {
    const r = discardGuardStep(state, e);
    state = r.state;
    closes.push(r.close);
  }
  return { state, closes };
}

describe('discardGuardStep', () => {
  it('closes an untouched form at once', () => {
    expect(run(['close']).closes).toEqual([true]);
  });

  it('asks before closing a changed form, and Discard closes it', () => {
    const r = run(['edit', 'close']);
    expect(r.closes).toEqual([false, false]);
    expect(r.state).toEqual({ dirty: true, asking: true });
    expect(run(['edit', 'close', 'discard']).closes.at(-1)).toBe(true);
  });

  it('Keep editing, or asking to close again, goes back to the form still changed', () => {
    expect(run(['edit', 'close', 'keep'])).toEqual({
      state: { dirty: true, asking: false },
      closes: [false, false, false],
    });
    expect(run(['edit', 'close', 'close']).state).toEqual({ dirty: true, asking: false });
    // …and the next close asks again rather than closing.
    expect(run(['edit', 'close', 'keep', 'close']).state.asking).toBe(true);
  });

  it('more typing keeps the same state object', () => {
    const once = discardGuardStep(discardGuardStart, 'edit').state;
    expect(discardGuardStep(once, 'edit').state).toBe(once);
  });
});
