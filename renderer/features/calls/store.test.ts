import { beforeEach, describe, expect, it } from 'vitest';
import { openCallForm, useCallFormStore, type CallFormDraft } from './store';

const draft: CallFormDraft = {
  direction: 'incoming', phone: '207 555 0199', caller: 'Dana', callerTyped: true, company: '', companyTyped: false,
  forEmployeeId: '', subject: 'Quote', outcome: 'talked', message: 'Wants a quote', followUp: 'please-call',
  urgent: true, takenAt: '2026-12-04T13:00', duration: '', takenBy: 'e1', takenByChosen: false,
};

beforeEach(() => useCallFormStore.setState({ open: false, session: 0, prefill: {}, resume: null, draft: null }));

describe('call form store', () => {
  it('a form put aside comes back whole on the next F2, once', () => {
    openCallForm();
    useCallFormStore.getState().putAside(draft);
    expect(useCallFormStore.getState()).toMatchObject({ open: false, draft });
    openCallForm();
    expect(useCallFormStore.getState()).toMatchObject({ open: true, session: 2, resume: draft, draft: null });
    useCallFormStore.getState().close();
    openCallForm();
    expect(useCallFormStore.getState()).toMatchObject({ open: true, session: 3, resume: null });
  });

  it('a prefilled opening starts afresh and leaves the draft for later', () => {
    useCallFormStore.getState().putAside(draft);
    openCallForm({ phone: '207 555 0100' });
    expect(useCallFormStore.getState()).toMatchObject({ open: true, resume: null, prefill: { phone: '207 555 0100' }, draft });
    useCallFormStore.getState().close();
    openCallForm({});
    expect(useCallFormStore.getState().resume).toEqual(draft);
  });
});
