/**
 * "Email…" beside Print (issue 17.5): one button and one dialog for every printable document.
 * The button asks its screen for the document and the draft's first words (recipient from the
 * record, subject, a short body), the dialog lets the user check and change them, and "Create
 * draft" hands everything to the platform — Electron opens the .eml in the mail program, a
 * browser downloads it. Nothing typed becomes a header (shared/email/eml defuses it).
 *
 * Use:
 *   <EmailDraftButton what={po.number} prepare={async () => ({ document, to: [vendor.email],
 *     subject: `Purchase order ${po.number}`, body: '…', fileName: po.number })} />
 */
import { Mail } from 'lucide-react';
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/lib/errors';
import { useCompanyProfileState } from '../core/settingsHooks';
import { getPlatform } from '../platform';
import { checkSender, draftHint, draftOutcomeMessage, parseRecipients, pdfFileName, type EmailDraftSeed } from './emailDraft';
import { FormDialog } from './FormDialog';
import { useToast } from './Toast';
import './emailDraft.css';

export type { EmailDraftSeed } from './emailDraft';

export interface EmailDraftButtonProps {
  /**
   * What is sent, as a sentence names it mid-line ("PO-0012", "letter", "itinerary"): the
   * dialog is "Email <what>", the toast "Email draft of <what> downloaded…".
   */
  what: string;
  /**
   * Called on click: saves what needs saving and returns the document and the draft's first
   * words; null to do nothing (e.g. the save failed and the screen shows why). A throw is shown
   * through onError (a toast when absent).
   */
  prepare: () => EmailDraftSeed | null | Promise<EmailDraftSeed | null>;
  disabled?: boolean;
  /** The button's text; "Email…" unless told. */
  label?: string;
  className?: string;
  onError?: (message: string) => void;
}

export function EmailDraftButton({ what, prepare, disabled, label = 'Email…', className = 'btn', onError }: EmailDraftButtonProps) {
  const toast = useToast((s) => s.show);
  const [seed, setSeed] = useState<EmailDraftSeed | null>(null);
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      const prepared = await prepare();
      if (prepared) setSeed(prepared);
    } catch (error) {
      (onError ?? toast)(`The email draft of ${what} could not be made: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={className} disabled={disabled || busy} onClick={() => void open()}>
        <Mail size={14} aria-hidden="true" /> {label}
      </button>
      {seed ? <EmailDraftDialog what={what} seed={seed} onClose={() => setSeed(null)} /> : null}
    </>
  );
}

/** The dialog alone, for a screen that opens it its own way. */
export function EmailDraftDialog({ what, seed, onClose }: { what: string; seed: EmailDraftSeed; onClose: () => void }) {
  const id = useId();
  const toast = useToast((s) => s.show);
  const { profile } = useCompanyProfileState();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState(seed.to.filter(Boolean).join(', '));
  const [subject, setSubject] = useState(seed.subject);
  const [body, setBody] = useState(seed.body);
  const [toError, setToError] = useState<string | null>(null);
  const [fromError, setFromError] = useState<string | null>(null);
  const platform = getPlatform();
  const fromValue = from ?? profile.email ?? '';
  const fileName = pdfFileName(seed.fileName);

  const submit = async () => {
    const recipients = parseRecipients(to);
    const sender = checkSender(fromValue);
    setToError(recipients.ok ? null : recipients.message);
    setFromError(sender.ok ? null : sender.message);
    if (!recipients.ok) throw new Error(recipients.message);
    if (!sender.ok) throw new Error(sender.message);
    const outcome = await platform.emailDraft({
      document: seed.document,
      from: profile.name ? { name: profile.name, email: sender.address } : { email: sender.address },
      to: recipients.addresses,
      subject,
      body,
      fileName,
    });
    if (outcome.status === 'failed') throw new Error(`The email draft could not be made: ${outcome.message}`);
    const message = draftOutcomeMessage(outcome, what);
    if (message) toast(message);
    onClose();
  };

  return (
    <FormDialog title={`Email ${what}`} submitLabel={platform.kind === 'electron' ? 'Open draft' : 'Download draft'} onSubmit={submit} onClose={onClose} size="medium" noValidate className="email-draft">
      <div className="email-draft-fields">
        <label className="field">
          <span>To</span>
          <input
            type="text"
            inputMode="email"
            autoComplete="off"
            value={to}
            aria-invalid={toError ? true : undefined}
            aria-describedby={`${id}-to-help`}
            onChange={(e) => {
              setTo(e.target.value);
              setToError(null);
            }}
            autoFocus={!seed.to.length}
          />
          <small id={`${id}-to-help`} className={toError ? 'field-error' : 'muted'}>
            {toError ?? (seed.to.length ? 'From the record; separate several addresses with commas.' : 'No email address on file: type one. Separate several with commas.')}
          </small>
        </label>
        <label className="field">
          <span>From</span>
          <input
            type="text"
            inputMode="email"
            autoComplete="email"
            value={fromValue}
            aria-invalid={fromError ? true : undefined}
            aria-describedby={`${id}-from-help`}
            onChange={(e) => {
              setFrom(e.target.value);
              setFromError(null);
            }}
          />
          <small id={`${id}-from-help`} className={fromError ? 'field-error' : 'muted'}>
            {fromError ?? (profile.email ? 'Your office’s address (Settings); your mail program may send from your own account.' : 'Your office has no email address in Settings: type the one you send from.')}
          </small>
        </label>
        <label className="field">
          <span>Subject</span>
          <input type="text" value={subject} maxLength={500} onChange={(e) => setSubject(e.target.value)} autoFocus={seed.to.length > 0} />
        </label>
        <label className="field">
          <span>Message</span>
          <textarea value={body} rows={8} maxLength={20000} onChange={(e) => setBody(e.target.value)} />
        </label>
        <p className="email-draft-attachment">
          <span className="field-caption">Attached</span> <span>{fileName}</span> <span className="muted">(PDF, as it prints)</span>
        </p>
        <p className="email-draft-hint muted">{draftHint(platform.kind)}</p>
      </div>
    </FormDialog>
  );
}
