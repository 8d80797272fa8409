/**
 * "New request" and "Edit request": keyboard first — the dialog opens in "Requested by" (type a
 * name; people from People are offered as you type), Tab walks What, Kind, Urgency, Where and
 * Details, and Enter in a one-line field saves. A name that is someone in People is kept as that
 * person; any other name (a visitor, a temp) as typed. Files can be attached before saving.
 */
import { useId, useMemo, useState } from 'react';
import {
  REQUEST_KINDS,
  REQUEST_KIND_LABELS,
  REQUEST_URGENCIES,
  REQUEST_URGENCY_LABELS,
  type RequestKind,
  type RequestUrgency,
  type StaffRequest,
} from '../../../../shared/domain/staffRequests';
import { getPlatform } from '../../../platform';
import { FormDialog } from '../../../ui/FormDialog';
import { FileName } from '../../../ui/FileName';
import { useAllowLeave, useReportUnsaved } from '../../../ui/LeaveGuard';
import { useActiveEmployees, useEmployees } from '../../people';
import { createStaffRequest, updateStaffRequest, type RequestFileInput, type StaffRequestInput } from '../repository';

export function RequestForm({
  request,
  requesterName = '',
  onClose,
  onSaved,
}: {
  /** Absent: a new request. */
  request?: StaffRequest;
  /** The requester's name as shown (edit). */
  requesterName?: string;
  onClose: () => void;
  onSaved: (r: StaffRequest) => void;
}) {
  const id = useId();
  const active = useActiveEmployees();
  const everyone = useEmployees();
  const [who, setWho] = useState(requesterName);
  const [what, setWhat] = useState(request?.what ?? '');
  const [kind, setKind] = useState<RequestKind>(request?.kind ?? 'other');
  const [urgency, setUrgency] = useState<RequestUrgency>(request?.urgency ?? 'normal');
  const [where, setWhere] = useState(request?.where ?? '');
  const [details, setDetails] = useState(request?.details ?? '');
  const [files, setFiles] = useState<RequestFileInput[]>([]);
  const dirty =
    who !== requesterName ||
    what !== (request?.what ?? '') ||
    where !== (request?.where ?? '') ||
    details !== (request?.details ?? '') ||
    kind !== (request?.kind ?? 'other') ||
    urgency !== (request?.urgency ?? 'normal') ||
    files.length > 0;
  useReportUnsaved('staff-request-form', dirty);
  const allowLeave = useAllowLeave();

  const people = useMemo(() => everyone ?? [], [everyone]);

  const save = async () => {
    const name = who.trim();
    if (!name) throw new Error('Say who asked: pick the person, or write a name.');
    if (!what.trim()) throw new Error('Say what is needed.');
    const person = people.find((p) => p.deletedAt === null && p.name.toLowerCase() === name.toLowerCase());
    const input: StaffRequestInput = {
      ...(person ? { requesterId: person.id, requesterName: '' } : { requesterName: name, requesterId: '' }),
      what: what.trim(),
      kind,
      urgency,
      where: where.trim(),
      details: details.trim(),
    };
    const saved = request ? await updateStaffRequest(request.id, input) : await createStaffRequest(input, files);
    // Saved: moving on to the request is not leaving unsaved work.
    allowLeave();
    onSaved(saved);
  };

  const attach = async () => {
    const picked = await getPlatform().pickFiles({ title: 'Attach files to the request', multiple: true });
    if (picked.length) setFiles((f) => [...f, ...picked.map((p) => ({ name: p.name, mimeType: p.type, bytes: p.bytes }))].slice(0, 20));
  };

  return (
    <FormDialog
      title={request ? `Edit request ${request.number}` : 'New request'}
      submitLabel={request ? 'Save changes' : 'Save request'}
      onSubmit={save}
      onClose={() => {
        // The dialog already asked before throwing typed text away.
        allowLeave();
        onClose();
      }}
      size="medium"
      noValidate
    >
      <div className="form-grid req-form">
        <div className="field wide">
          <label htmlFor={`${id}-who`} className="field-caption">
            Requested by
          </label>
          <input
            id={`${id}-who`}
            value={who}
            onChange={(e) => setWho(e.target.value)}
            list={`${id}-people`}
            autoComplete="off"
            placeholder="A name, or pick someone from People"
            autoFocus
            maxLength={200}
          />
          <datalist id={`${id}-people`}>
            {(active ?? []).map((p) => (
              <option key={p.id} value={p.name}>
                {p.department ?? ''}
              </option>
            ))}
          </datalist>
        </div>
        <label className="field wide">
          <span>What is needed</span>
          <input value={what} onChange={(e) => setWhat(e.target.value)} maxLength={300} placeholder="e.g. Second-floor printer jams on tray 2" />
        </label>
        <label className="field">
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as RequestKind)}>
            {REQUEST_KINDS.map((k) => (
              <option key={k} value={k}>
                {REQUEST_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Urgency</span>
          <select value={urgency} onChange={(e) => setUrgency(e.target.value as RequestUrgency)}>
            {REQUEST_URGENCIES.map((u) => (
              <option key={u} value={u}>
                {REQUEST_URGENCY_LABELS[u]}
              </option>
            ))}
          </select>
        </label>
        <label className="field wide">
          <span>Where</span>
          <input value={where} onChange={(e) => setWhere(e.target.value)} maxLength={200} placeholder="Room, desk or floor" />
        </label>
        <label className="field wide">
          <span>Details</span>
          <textarea value={details} onChange={(e) => setDetails(e.target.value)} rows={3} maxLength={5000} />
        </label>
        {request ? null : (
          <div className="field wide">
            <span className="field-caption">Attachments</span>
            {files.length ? (
              <ul className="list-plain req-files" aria-label="Files to attach">
                {files.map((f, i) => (
                  <li key={`${f.name}-${i}`}>
                    <FileName name={f.name} />
                    <button type="button" className="btn" aria-label={`Do not attach ${f.name}`} onClick={() => setFiles((all) => all.filter((_, j) => j !== i))}>
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            ) : null}
            <div>
              <button type="button" className="btn" onClick={() => void attach()}>
                Attach files…
              </button>
            </div>
          </div>
        )}
      </div>
    </FormDialog>
  );
}
