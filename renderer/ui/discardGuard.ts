/**
 * Whether closing a form may throw away what was typed. A form becomes `dirty` on the first
 * input or change event inside it; asking to close a dirty form does not close it but asks
 * ("Discard what you typed?"); asking again while the question is up (Escape a second time)
 * answers "Keep editing". An untouched form closes at once.
 */
export interface DiscardGuardState {
  dirty: boolean;
  asking: boolean;
}

export const discardGuardStart: DiscardGuardState = { dirty: false, asking: false };

export type DiscardGuardEvent = 'edit' | 'close' | 'keep' | 'discard';

/** The next state and whether the dialog should close now. */
export function discardGuardStep(
  state: DiscardGuardState,
  event: DiscardGuardEvent,
): { state: DiscardGuardState; close: boolean } {
  switch (event) {
    case 'edit':
      return { state: state.dirty ? state : { ...state, dirty: true }, close: false };
    case 'close':
      if (!state.dirty) return { state, close: true };
      return { state: { ...state, asking: !state.asking }, close: false };
    case 'keep':
      return { state: { ...state, asking: false }, close: false };
    case 'discard':
      return { state: { ...state, asking: false }, close: true };
  }
}
