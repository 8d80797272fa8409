/**
 * One staff request (`#/requests/<id>`), in a dialog over the queue: who asked what, where and
 * when, its status (as its linked work gives it), age and response date, the linked work as a
 * link that opens it, the answer or reason for declining, the attachments; and what the office
 * does with it — Triage…, Decline…, mark it waiting or in progress, Reopen, Edit…, Print form.
 */
import { useState } from 'react';
import {
  REQUEST_KIND_LABELS,
  describeAge,
  isRequestOpen,
  requestDueDate,
} from '../../../../shared/domain/staffRequests';
import { formatDate, today as todayIso } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { getAttachmentBytes } from '../../../db/attachments';
import { getPlatform } from '../../../platform';
import { FileName, fileAttachedMessage } from '../../../ui/FileName';
import { FormDialog } from '../../../ui/FormDialog';
import { Modal } from '../../../ui/Modal';
import { useToast } from '../../../ui/Toast';
import { useStaffRequest, useStaffRequestFiles } from '../hooks';
import {
  addStaffRequestFiles,
  declineStaffRequest,
  removeStaffRequestFile,
  reopenStaffRequest,
  setStaffRequestStatus,
  type StaffRequestRow,
} from '../repository';
import { RequestForm } from './RequestForm';
import { LinkedWork, RequestAge, RequestStatusBadge, UrgencyBadge, rowAgeDays } from './requestFormat';
import { usePrintRequestForm } from './requestPrint';
import { TriageDialog } from './TriageDialog';

type Open = 'triage' | 'decline' | 'edit' | null;

export function RequestDetail({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const row = useStaffRequest(requestId);
  if (row === undefined) return null;
  if (row === null)
    return (
      <Modal title="Request not found" onClose={onClose}>
        <p>This request does not exist or was deleted.</p>
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
            Back to the queue
          </button>
        </div>
      </Modal>
    );
  return <Detail row={row} onClose={onClose} />;
}

function Detail({ row, onClose }: { row: StaffRequestRow; onClose: () => void }) {
  const r = row.request;
  const { locale } = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const files = useStaffRequestFiles(r.attachmentIds);
  const print = usePrintRequestForm();
  const [open, setOpen] = useState<Open>(null);
  const [busy, setBusy] = useState(false);
  const today = todayIso();
  const date = (d: string) => formatDate(d.slice(0, 10), locale);
  const isOpen = isRequestOpen({ status: row.status, deletedAt: null });
  const canTriage = isOpen && (!r.triage?.linkedId || row.status === 'waiting');

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const message = await work();
      if (message) toast(message);
    } catch (e) {
      toast(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const attach = () =>
    run(async () => {
      const picked = await getPlatform().pickFiles({ title: `Attach files to ${r.number}`, multiple: true });
      if (!picked.length) return undefined;
      await addStaffRequestFiles(r.id, picked.map((p) => ({ name: p.name, mimeType: p.type, bytes: p.bytes })));
      return picked.length === 1 ? fileAttachedMessage(picked[0]!.name) : `${picked.length} files attached`;
    });
  const download = (id: string, name: string, mimeType: string) =>
    run(async () => {
      const bytes = await getAttachmentBytes(id);
      if (!bytes) return 'This file is kept by the desktop app; open it from there.';
      await getPlatform().saveFile(bytes, { suggestedName: name, mimeType });
      return undefined;
    });

  if (open === 'edit') return <RequestForm request={r} requesterName={row.requester} onClose={() => setOpen(null)} onSaved={() => (toast(`${r.number} saved`), setOpen(null))} />;
  if (open === 'triage') return <TriageDialog request={r} onClose={() => setOpen(null)} />;
  if (open === 'decline') return <DeclineDialog row={row} onClose={() => setOpen(null)} />;

  return (
    <Modal title={`Request ${r.number}`} onClose={onClose} size="large" className="req-detail">
      <p className="req-detail-what">{r.what}</p>
      <dl className="req-facts">
        <div>
          <dt>Status</dt>
          <dd>
            <RequestStatusBadge status={row.status} />
          </dd>
        </div>
        <div>
          <dt>Urgency</dt>
          <dd>
            <UrgencyBadge urgency={r.urgency} />
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{REQUEST_KIND_LABELS[r.kind]}</dd>
        </div>
        <div>
          <dt>Requested by</dt>
          <dd>{row.requester || <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{r.where || <span className="muted">—</span>}</dd>
        </div>
        <div>
          <dt>Came in</dt>
          <dd>
            {date(r.createdAt)} · <RequestAge row={row} today={today} />
          </dd>
        </div>
        <div>
          <dt>{row.closedAt ? 'Closed' : 'Close by'}</dt>
          <dd>{row.closedAt ? `${date(row.closedAt)} (after ${describeAge(rowAgeDays(row, today))})` : date(requestDueDate(r))}</dd>
        </div>
        <div className="wide">
          <dt>Linked work</dt>
          <dd>
            <LinkedWork link={row.link} />
          </dd>
        </div>
        {r.details ? (
          <div className="wide">
            <dt>Details</dt>
            <dd className="req-pre">{r.details}</dd>
          </div>
        ) : null}
        {r.answer && row.link?.kind === 'answer' ? (
          <div className="wide">
            <dt>Answer</dt>
            <dd className="req-pre">{r.answer}</dd>
          </div>
        ) : null}
        {row.status === 'declined' && row.declineReason ? (
          <div className="wide">
            <dt>Reason declined</dt>
            <dd className="req-pre">{row.declineReason}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="req-files-title" className="req-files-section">
        <h3 id="req-files-title">Attachments</h3>
        {files && files.length ? (
          <ul className="list-plain req-files" aria-label="Attachments">
            {files.map((a) => (
              <li key={a.id}>
                <FileName name={a.name} />
                <span className="muted">{Math.max(1, Math.ceil(a.size / 1024))} KB</span>
                <button type="button" className="btn" aria-label={`Download ${a.name}`} onClick={() => void download(a.id, a.name, a.mimeType)}>
                  Download
                </button>
                <button type="button" className="btn" disabled={busy} aria-label={`Remove ${a.name}`} onClick={() => void run(async () => (await removeStaffRequestFile(r.id, a.id), `${a.name} removed`))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No files attached.</p>
        )}
        <button type="button" className="btn" disabled={busy} onClick={() => void attach()}>
          Attach files…
        </button>
      </section>

      <div className="actions req-actions">
        {canTriage ? (
          <button type="button" className="btn btn-primary" onClick={() => setOpen('triage')} autoFocus>
            Triage…
          </button>
        ) : null}
        {isOpen ? (
          <>
            {row.status !== 'waiting' ? (
              <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => (await setStaffRequestStatus(r.id, 'waiting'), `${r.number} is waiting`))}>
                Mark waiting
              </button>
            ) : (
              <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => (await setStaffRequestStatus(r.id, r.triage ? 'in-progress' : 'new'), `${r.number} is ${r.triage ? 'in progress' : 'new'} again`))}>
                No longer waiting
              </button>
            )}
            <button type="button" className="btn btn-danger" onClick={() => setOpen('decline')}>
              Decline…
            </button>
          </>
        ) : (
          <button type="button" className="btn" disabled={busy} onClick={() => void run(async () => (await reopenStaffRequest(r.id), `${r.number} reopened`))} autoFocus>
            Reopen
          </button>
        )}
        <button type="button" className="btn" onClick={() => setOpen('edit')}>
          Edit…
        </button>
        <button type="button" className="btn" onClick={() => void print(row, (files ?? []).map((f) => f.name))}>
          Print form
        </button>
        <span className="spacer" />
        <button type="button" className="btn" onClick={onClose} autoFocus={!canTriage && isOpen}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function DeclineDialog({ row, onClose }: { row: StaffRequestRow; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      title={`Decline ${row.request.number}`}
      submitLabel="Decline request"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        await declineStaffRequest(row.request.id, reason);
        toast(`${row.request.number} declined`);
        onClose();
      }}
    >
      <p className="muted">{row.request.what}</p>
      <label className="field">
        <span>Reason for declining</span>
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={1000} autoFocus placeholder={`What ${row.requester || 'the requester'} is told`} />
      </label>
    </FormDialog>
  );
}
