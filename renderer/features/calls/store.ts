/** The quick call form's UI state (issue 14.3): open over any screen, with what to prefill. */
import { create } from 'zustand';
import type { CallDraft, CallFollowUp, CallOutcome } from '../../../shared/domain/calls';

export type CallFormPrefill = Partial<
  Pick<CallDraft, 'direction' | 'phone' | 'caller' | 'company' | 'callerTable' | 'callerId' | 'forEmployeeId' | 'subject' | 'followUp'>
>;

/**
 * Everything typed in the call form, as it stands (issue 14, review 15): kept when the form is
 * put aside to add the caller to contacts, and given back by the next F2.
 */
export interface CallFormDraft {
  direction: NonNullable<CallDraft['direction']>;
  phone: string;
  caller: string;
  /** The caller's name was typed or picked (a matched number does not overwrite it). */
  callerTyped: boolean;
  company: string;
  companyTyped: boolean;
  forEmployeeId: string;
  subject: string;
  outcome: CallOutcome;
  message: string;
  followUp: CallFollowUp;
  urgent: boolean;
  /** The time field as typed (datetime-local). */
  takenAt: string;
  duration: string;
  takenBy: string;
  takenByChosen: boolean;
}

interface CallFormState {
  open: boolean;
  /** Changes on every opening, so the form starts afresh. */
  session: number;
  prefill: CallFormPrefill;
  /** What this opening resumes (a draft put aside), or null for a fresh form. */
  resume: CallFormDraft | null;
  /** A form put aside, waiting for the next opening without a prefill (F2). */
  draft: CallFormDraft | null;
  show(prefill?: CallFormPrefill): void;
  close(): void;
  /** Closes the form keeping what was typed for the next F2. */
  putAside(draft: CallFormDraft): void;
  /** Forgets a draft put aside. */
  dropDraft(): void;
}

const hasPrefill = (p: CallFormPrefill) => Object.values(p).some((v) => v !== undefined && v !== '');

export const useCallFormStore = create<CallFormState>()((set) => ({
  open: false,
  session: 0,
  prefill: {},
  resume: null,
  draft: null,
  show: (prefill = {}) =>
    set((s) => {
      if (s.open) return s;
      // F2 (no prefill) takes back the form put aside; a prefilled opening (another call) starts
      // afresh and leaves the draft for a later F2.
      if (s.draft && !hasPrefill(prefill))
        return { open: true, session: s.session + 1, prefill: {}, resume: s.draft, draft: null };
      return { open: true, session: s.session + 1, prefill, resume: null };
    }),
  close: () => set({ open: false, resume: null }),
  putAside: (draft) => set({ open: false, resume: null, draft }),
  dropDraft: () => set({ draft: null }),
}));

/** Opens the quick call form (F2 / Ctrl+Shift+L do the same), prefilled with what is known. */
export function openCallForm(prefill?: CallFormPrefill): void {
  useCallFormStore.getState().show(prefill);
}
