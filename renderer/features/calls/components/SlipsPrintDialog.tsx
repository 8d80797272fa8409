/** "Print today's slips": a day's message slips (any day), several per page, on A4 or US Letter. */
import { useId, useState } from 'react';
import {
  defaultPageSize,
  renderMessageSlipsHtml,
  type PageSize,
} from '../../../../shared/documents';
import { isIsoDate, today } from '../../../../shared/lib/dates';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { FormDialog } from '../../../ui/FormDialog';
import { usePrintDocument } from '../../../ui/printing';
import { readMessageSlips } from '../slips';

export function SlipsPrintDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  if (!open) return null;
  return <SlipsForm onClose={onClose} />;
}

function SlipsForm({ onClose }: { onClose: () => void }) {
  const base = useId();
  const { profile: company } = useCompanyProfileState();
  const printDocument = usePrintDocument();
  const [day, setDay] = useState(today());
  const [paper, setPaper] = useState<PageSize | null>(null);
  const pageSize: PageSize = paper ?? defaultPageSize(company);
  return (
    <FormDialog
      title="Print message slips"
      submitLabel="Print"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        if (!isIsoDate(day)) throw new Error('Enter the day to print, like 2026-11-24.');
        const input = await readMessageSlips(day, pageSize);
        if (input.slips.length === 0)
          throw new Error('No messages were taken on that day: there is nothing to print.');
        const html = renderMessageSlipsHtml(input, company);
        let failure: string | null = null;
        await printDocument(
          'print',
          { html, title: `Message slips ${day}`, pageSize },
          { what: 'The message slips', onError: (m) => (failure = m) },
        );
        if (failure) throw new Error(failure);
        onClose();
      }}
    >
      <label className="field">
        <span>Day</span>
        <input type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
      </label>
      <fieldset className="call-direction" style={{ marginTop: 12 }}>
        <legend>Paper</legend>
        <label>
          <input
            type="radio"
            name={`${base}-paper`}
            checked={pageSize === 'A4'}
            onChange={() => setPaper('A4')}
          />{' '}
          A4
        </label>
        <label>
          <input
            type="radio"
            name={`${base}-paper`}
            checked={pageSize === 'Letter'}
            onChange={() => setPaper('Letter')}
          />{' '}
          US Letter
        </label>
      </fieldset>
      <p className="muted">
        Every message taken that day, three to a page (A4 or US Letter) with a cut line between
        them.
      </p>
    </FormDialog>
  );
}
