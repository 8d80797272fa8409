/**
 * `#/contacts/<id>` and `#/contacts/new` (optionally `#/contacts/new/<name>/<phone>`, to save a
 * caller): one contact's form — name, organization, title, phones (each with its kind; rows
 * added and removed), email addresses, address, birthday, notes, tags and what the contact is
 * linked to (a vendor, a staff member, a candidate: pickers, and a link to that record). A
 * number or address someone else already has is pointed out as it is typed. Enter or Ctrl+S
 * saves; nothing typed is lost by leaving (the leave guard asks); Delete moves the contact to
 * the bin with an Undo. A saved contact shows its calls (matched to it or from its numbers)
 * and "Log a call", which opens the quick call form for it.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { phoneKeysOf, phoneProblem } from '../../../../shared/contacts/phone';
import { PHONE_KINDS, type Contact, type ContactDraft, type PhoneKind } from '../../../../shared/domain/contacts';
import { errorMessage } from '../../../../shared/lib/errors';
import { hrefFor, navigate } from '../../../core/router';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { DIRECTION_LABELS, OUTCOME_LABELS, openCallForm, useCallsForContact } from '../../calls';
import { findContactDuplicates, type DuplicateMatch } from '../duplicates';
import { useContact } from '../hooks';
import { createContact, deleteContact, restoreContact, updateContact } from '../repository';
import { linkTargets, phoneText, useLinkNames, usePhoneRegion } from './contactFormat';
import { SelectField } from '../../../ui/SelectField';
import { LeaveGuard, useAllowLeave, useReportUnsaved } from '../../../ui/LeaveGuard';
import './contacts.css';

/** The records a contact can be (a vendor's person, a staff member, a candidate), one picker each. */
const LINK_FIELDS = [
  { key: 'vendorId', label: 'Vendor', list: 'vendors' },
  { key: 'employeeId', label: 'Staff member', list: 'employees' },
  { key: 'candidateId', label: 'Candidate', list: 'candidates' },
] as const;

const KIND_LABELS: Record<PhoneKind, string> = { mobile: 'Mobile', work: 'Work', home: 'Home', fax: 'Fax', other: 'Other' };

interface FormState {
  name: string;
  organization: string;
  title: string;
  phones: { number: string; kind: PhoneKind }[];
  emails: string[];
  address: string;
  birthday: string;
  notes: string;
  tags: string;
  vendorId: string;
  employeeId: string;
  candidateId: string;
}

/** Under a phone row: why it is no full number, or how it reads when it differs from what was typed. */
function phoneHint(number: string, region: string): string {
  const problem = phoneProblem(number, region);
  if (problem === 'local-only') return 'Not a full number: add the area code';
  if (problem) return 'Not a full number';
  const shown = phoneText(number, region);
  return shown !== number.trim() ? shown : '';
}

function stateOf(c: Contact | null, prefill?: { name?: string; phone?: string }): FormState {
  return {
    name: c?.name ?? prefill?.name ?? '',
    organization: c?.organization ?? '',
    title: c?.title ?? '',
    phones: c ? c.phones.map((p) => ({ ...p })) : [{ number: prefill?.phone ?? '', kind: prefill?.phone ? 'mobile' : 'mobile' }],
    emails: c ? [...c.emails] : [''],
    address: c?.address ?? '',
    birthday: c?.birthday ?? '',
    notes: c?.notes ?? '',
    tags: c?.tags.join(', ') ?? '',
    vendorId: c?.vendorId ?? '',
    employeeId: c?.employeeId ?? '',
    candidateId: c?.candidateId ?? '',
  };
}

function draftOf(s: FormState): ContactDraft {
  return {
    name: s.name,
    organization: s.organization,
    title: s.title,
    phones: s.phones.filter((p) => p.number.trim()).map((p) => ({ number: p.number.trim(), kind: p.kind })),
    emails: s.emails.map((e) => e.trim()).filter(Boolean),
    address: s.address,
    birthday: s.birthday || undefined,
    notes: s.notes,
    tags: [...new Set(s.tags.split(',').map((t) => t.trim()).filter(Boolean))],
    vendorId: s.vendorId || undefined,
    employeeId: s.employeeId || undefined,
    candidateId: s.candidateId || undefined,
  };
}

export function ContactPage({ contactId, prefill }: { contactId?: string; prefill?: { name?: string; phone?: string } }) {
  return (
    <LeaveGuard>
      <ContactPageBody contactId={contactId} prefill={prefill} />
    </LeaveGuard>
  );
}

function ContactPageBody({ contactId, prefill }: { contactId?: string; prefill?: { name?: string; phone?: string } }) {
  const contact = useContact(contactId);
  const [deleted, setDeleted] = useState<Contact | null>(null);
  const toast = useToast((s) => s.show);

  if (deleted) {
    return (
      <div className="page contact-page">
        <header className="page-header">
          <h1>Contact deleted</h1>
        </header>
        <section className="card" aria-label="Deleted">
          <p role="status">{deleted.name} was moved to the bin.</p>
          <div className="contact-actions">
            <button
              type="button"
              className="btn btn-primary"
              onClick={async () => {
                await restoreContact(deleted.id);
                toast(`Restored ${deleted.name}`);
                setDeleted(null);
              }}
            >
              Undo
            </button>
            <button type="button" className="btn" onClick={() => navigate('contacts')}>
              Back to contacts
            </button>
          </div>
        </section>
      </div>
    );
  }
  if (contactId && contact === undefined) {
    return (
      <div className="page contact-page">
        <p className="muted" role="status">
          Loading the contact…
        </p>
      </div>
    );
  }
  if (contactId && contact === null) {
    return (
      <div className="page contact-page">
        <header className="page-header">
          <h1>Contact not found</h1>
        </header>
        <p>This contact does not exist or was deleted.</p>
        <button type="button" className="btn" onClick={() => navigate('contacts')}>
          Back to contacts
        </button>
      </div>
    );
  }
  return <ContactForm key={contact?.id ?? 'new'} contact={contact ?? null} prefill={prefill} onDeleted={setDeleted} />;
}

function ContactForm({ contact, prefill, onDeleted }: { contact: Contact | null; prefill?: { name?: string; phone?: string }; onDeleted: (c: Contact) => void }) {
  const region = usePhoneRegion();
  const names = useLinkNames();
  const toast = useToast((s) => s.show);
  const allowLeave = useAllowLeave();
  const [saved, setSaved] = useState<FormState>(() => stateOf(contact, prefill));
  const [form, setForm] = useState<FormState>(() => stateOf(contact, prefill));
  const dirty = JSON.stringify(form) !== JSON.stringify(saved) || (!contact && (!!prefill?.name || !!prefill?.phone));
  useReportUnsaved('contact', dirty);
  const formRef = useRef<HTMLFormElement>(null);
  const [dupes, setDupes] = useState<DuplicateMatch[]>([]);

  const set = <K extends keyof FormState>(k: K, v: FormState[K]) => setForm((f) => ({ ...f, [k]: v }));

  // Someone else with one of these numbers or addresses (checked as they are typed).
  const probe = JSON.stringify([form.phones.map((p) => p.number), form.emails]);
  useEffect(() => {
    let live = true;
    const t = window.setTimeout(() => {
      findContactDuplicates([{ phones: form.phones.filter((p) => p.number.trim()), emails: form.emails.filter((e) => e.includes('@')) }], undefined, { ignoreContactId: contact?.id })
        .then((r) => live && setDupes((r[0] ?? []).filter((m) => !(m.kind === 'vendor' && m.id === form.vendorId) && !(m.kind === 'employee' && m.id === form.employeeId) && !(m.kind === 'candidate' && m.id === form.candidateId))))
        .catch(() => live && setDupes([]));
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(t);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [probe, contact?.id, form.vendorId, form.employeeId, form.candidateId]);

  const { error, busy, submit } = useSubmit(async () => {
    const draft = draftOf(form);
    if (contact) {
      // The structured name kept from an imported card no longer fits a renamed contact: export derives it again.
      if (contact.nameParts && draft.name.trim() !== contact.name) draft.nameParts = undefined;
      const next = await updateContact(contact.id, draft);
      const state = stateOf(next);
      setSaved(state);
      setForm(state);
      toast(`Saved ${next.name}`);
    } else {
      const created = await createContact(draft);
      allowLeave();
      toast(`Added ${created.name} to contacts`);
      navigate('contacts', created.id);
    }
  });

  // Ctrl+S saves from anywhere on the page.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
        e.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!busy) void submit();
  };

  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = async () => {
    if (!contact) return;
    try {
      await deleteContact(contact.id);
      onDeleted(contact);
    } catch (e) {
      setDeleteError(errorMessage(e));
    }
  };

  const links = contact ? linkTargets({ ...contact, ...draftOf(form) } as Contact, names) : linkTargets(draftOf(form) as Contact, names);
  const title = contact ? contact.name : 'New contact';

  return (
    <div className="page contact-page">
      <header className="page-header">
        <h1>{title}</h1>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => navigate('contacts')}>
          Back to contacts
        </button>
        {contact ? (
          <button type="button" className="btn btn-danger" onClick={() => void remove()}>
            Delete
          </button>
        ) : null}
      </header>
      <FormError error={error ?? deleteError} />
      <form ref={formRef} className="card contact-form" aria-label={contact ? `Contact ${contact.name}` : 'New contact'} onSubmit={onSubmit} noValidate>
        <div className="form-grid">
          <label className="field">
            <span>Name</span>
            <input value={form.name} onChange={(e) => set('name', e.target.value)} required autoFocus={!contact} maxLength={200} />
          </label>
          <label className="field">
            <span>Organization</span>
            <input value={form.organization} onChange={(e) => set('organization', e.target.value)} maxLength={200} />
          </label>
          <label className="field">
            <span>Job title</span>
            <input value={form.title} onChange={(e) => set('title', e.target.value)} maxLength={120} />
          </label>
          <label className="field">
            <span>Birthday</span>
            <input type="date" value={form.birthday} onChange={(e) => set('birthday', e.target.value)} />
          </label>
        </div>

        <fieldset className="contact-rows">
          <legend>Phones</legend>
          {form.phones.map((p, i) => (
            <div className="contact-row" key={i}>
              <input
                aria-label={`Phone ${i + 1}`}
                value={p.number}
                inputMode="tel"
                maxLength={40}
                onChange={(e) => set('phones', form.phones.map((q, j) => (j === i ? { ...q, number: e.target.value } : q)))}
              />
              <select aria-label={`Kind of phone ${i + 1}`} value={p.kind} onChange={(e) => set('phones', form.phones.map((q, j) => (j === i ? { ...q, kind: e.target.value as PhoneKind } : q)))}>
                {PHONE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
              <span className="muted contact-row-hint">{phoneHint(p.number, region)}</span>
              <button type="button" className="btn" aria-label={`Remove phone ${i + 1}`} onClick={() => set('phones', form.phones.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" className="btn" onClick={() => set('phones', [...form.phones, { number: '', kind: form.phones.length ? 'work' : 'mobile' }])} disabled={form.phones.length >= 20}>
            Add a phone
          </button>
        </fieldset>

        <fieldset className="contact-rows">
          <legend>Email addresses</legend>
          {form.emails.map((em, i) => (
            <div className="contact-row" key={i}>
              <input type="email" aria-label={`Email ${i + 1}`} value={em} maxLength={254} onChange={(e) => set('emails', form.emails.map((x, j) => (j === i ? e.target.value : x)))} />
              <button type="button" className="btn" aria-label={`Remove email ${i + 1}`} onClick={() => set('emails', form.emails.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          ))}
          <button type="button" className="btn" onClick={() => set('emails', [...form.emails, ''])} disabled={form.emails.length >= 20}>
            Add an email
          </button>
        </fieldset>

        {dupes.length ? (
          <div className="contact-dupes" role="note" aria-label="Already known">
            {dupes.map((m) => (
              <p key={`${m.kind}:${m.id}`}>
                {m.href ? <a href={m.href}>{m.name}</a> : m.name} ({m.role}) has the same {m.reasons.join(' and ')}.
              </p>
            ))}
          </div>
        ) : null}

        <div className="form-grid">
          <label className="field wide">
            <span>Address</span>
            <textarea rows={2} value={form.address} onChange={(e) => set('address', e.target.value)} maxLength={500} />
          </label>
          <label className="field wide">
            <span>Notes</span>
            <textarea rows={3} value={form.notes} onChange={(e) => set('notes', e.target.value)} maxLength={10000} />
          </label>
          <label className="field wide">
            <span>Tags (separated by commas)</span>
            <input value={form.tags} onChange={(e) => set('tags', e.target.value)} />
          </label>
        </div>

        <fieldset className="contact-links">
          <legend>Linked to</legend>
          <div className="form-grid">
            {LINK_FIELDS.map(({ key, label, list }) => (
              <SelectField key={key} label={label} value={form[key]} onChange={(v) => set(key, v)}>
                <option value="">None</option>
                {names[list].map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </SelectField>
            ))}
          </div>
          {links.length ? (
            <p className="contact-link-list">
              {links.map((l) => (
                <span key={l.href}>
                  {l.label}: <a href={l.href}>{l.name}</a>
                </span>
              ))}
            </p>
          ) : null}
        </fieldset>

        <div className="contact-actions">
          <button type="submit" className="btn btn-primary" disabled={busy} aria-keyshortcuts="Control+S">
            {contact ? 'Save' : 'Add contact'}
          </button>
          <span className="muted">{dirty ? 'Unsaved changes — Enter or Ctrl+S saves' : contact ? 'All changes saved' : ''}</span>
        </div>
      </form>
      {contact ? <ContactCalls contact={contact} region={region} /> : null}
    </div>
  );
}

function ContactCalls({ contact, region }: { contact: Contact; region: string }) {
  // Calls matched to the contact and those from/to any of their numbers (review 2).
  const phoneKeys = useMemo(() => phoneKeysOf(contact.phones.map((p) => p.number), region), [contact.phones, region]);
  const calls = useCallsForContact({ callerTable: 'contacts', callerId: contact.id, phoneKeys });
  const fmt = useMemo(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }), []);
  return (
    <section className="card contact-calls" aria-labelledby="contact-calls-h">
      <header className="contact-calls-head">
        <h2 id="contact-calls-h">Calls</h2>
        <span className="spacer" />
        <button
          type="button"
          className="btn"
          onClick={() =>
            openCallForm({
              caller: contact.name,
              ...(contact.organization ? { company: contact.organization } : {}),
              ...(contact.phones[0] ? { phone: contact.phones[0].number } : {}),
              callerTable: 'contacts',
              callerId: contact.id,
            })
          }
        >
          Log a call
        </button>
      </header>
      {calls === undefined ? (
        <p className="muted">Loading calls…</p>
      ) : calls.length === 0 ? (
        <p className="muted">No calls with {contact.name} yet.</p>
      ) : (
        <ul className="list-plain">
          {calls.slice(0, 50).map((c) => (
            <li key={c.id}>
              <a href={hrefFor('calls', c.id)}>{fmt.format(new Date(c.takenAt))}</a> · {DIRECTION_LABELS[c.direction]} · {OUTCOME_LABELS[c.outcome]}
              {c.subject ? ` · ${c.subject}` : ''}
              {c.message ? <span className="muted"> — {c.message.slice(0, 120)}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
