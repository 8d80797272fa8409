/** The quick call form's UI state (issue 14.3): open over any screen, with what to prefill. */
import { create } from 'zustand';
import type { CallDraft } from '../../../shared/domain/calls';

export type CallFormPrefill = Partial<
  Pick<CallDraft, 'direction' | 'phone' | 'caller' | 'company' | 'callerTable' | 'callerId' | 'forEmployeeId' | 'subject' | 'followUp'>
>;

interface CallFormState {
  open: boolean;
  /** Changes on every opening, so the form starts afresh. */
  session: number;
  prefill: CallFormPrefill;
  show(prefill?: CallFormPrefill): void;
  close(): void;
}

export const useCallFormStore = create<CallFormState>()((set) => ({
  open: false,
  session: 0,
  prefill: {},
  show: (prefill = {}) => set((s) => (s.open ? s : { open: true, session: s.session + 1, prefill })),
  close: () => set({ open: false }),
}));

/** Opens the quick call form (F2 / Ctrl+Shift+L do the same), prefilled with what is known. */
export function openCallForm(prefill?: CallFormPrefill): void {
  useCallFormStore.getState().show(prefill);
}
