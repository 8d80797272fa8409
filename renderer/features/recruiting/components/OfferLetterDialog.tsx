/** The offer letter dialog: the terms as printed, then Print or Save as PDF. */
import { useState } from 'react';
import { type Candidate } from '../../../../shared/domain/recruiting';
import { addDays, today } from '../../../../shared/lib/dates';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { offerLetterHtml, printRequest } from '../print';
import { Modal } from '../../../ui/Modal';
import { usePrintDocument, type PrintMode } from '../../../ui/printing';

/** "$52,000" or "€52.000": the example in the office's own currency (issue 16.9). */
function salaryExample(currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(52_000);
  } catch {
    return `${currency} 52,000`;
  }
}

export function OfferLetterDialog({
  candidate,
  positionTitle,
  department,
  knownStartDate,
  onClose,
}: {
  candidate: Candidate;
  positionTitle: string;
  department: string;
  knownStartDate?: string;
  onClose: () => void;
}) {
  const company = useCompanyProfile();
  const printDocument = usePrintDocument();
  // A hired candidate's employee record already holds the agreed start date.
  const [startDate, setStartDate] = useState(knownStartDate ?? addDays(today(), 14));
  const [salary, setSalary] = useState('');
  const [replyBy, setReplyBy] = useState(addDays(today(), 7));
  const [signatory, setSignatory] = useState('');
  const [title, setTitle] = useState(positionTitle);
  const send = (mode: PrintMode) => {
    const html = offerLetterHtml(
      {
        date: today(),
        candidateName: candidate.name,
        candidateEmail: candidate.email,
        positionTitle: title || 'the advertised role',
        department,
        startDate,
        salary: salary || undefined,
        replyBy,
        signatory: signatory || undefined,
      },
      company,
    );
    void printDocument(mode, printRequest(html, `Offer letter - ${candidate.name}`, company), {
      what: `Offer letter for ${candidate.name}`,
    });
  };
  return (
    <Modal title={`Offer letter for ${candidate.name}`} onClose={onClose}>
      <div className="form-grid">
        <label className="field">
          <span>Position title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>Start date</span>
          <input type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
        </label>
        <label className="field">
          <span>Salary (as printed)</span>
          <input
            value={salary}
            onChange={(e) => setSalary(e.target.value)}
            placeholder={`e.g. ${salaryExample(company.currency, company.locale)} a year`}
          />
        </label>
        <label className="field">
          <span>Reply by</span>
          <input type="date" value={replyBy} onChange={(e) => setReplyBy(e.target.value)} />
        </label>
        <label className="field">
          <span>Signed by</span>
          <input value={signatory} onChange={(e) => setSignatory(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          Close
        </button>
        <button type="button" className="btn" onClick={() => send('print')}>
          Print…
        </button>
        <button type="button" className="btn btn-primary" onClick={() => send('pdf')}>
          Save as PDF…
        </button>
      </div>
    </Modal>
  );
}
