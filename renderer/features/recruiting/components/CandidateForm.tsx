/** New and edit forms for a candidate; validation messages come from the zod schema. */
import { useState } from 'react';
import type { Candidate, Position } from '../../../../shared/domain/recruiting';
import { navigate } from '../../../core/router';
import { useToast } from '../../../ui/Toast';
import { candidateRepository } from '../repository';
import { FormDialog, FormError, useSubmit } from '../../../ui/FormDialog';

export interface CandidateFields {
  name: string;
  email: string;
  phone: string;
  positionId: string;
  source: string;
  rating: string;
  tags: string;
  consentDate: string;
  retentionDate: string;
}

export function fieldsOf(c?: Candidate): CandidateFields {
  return {
    name: c?.name ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    positionId: c?.positionId ?? '',
    source: c?.source ?? '',
    rating: c?.rating ? String(c.rating) : '',
    tags: (c?.tags ?? []).join(', '),
    consentDate: c?.consentDate ?? '',
    retentionDate: c?.retentionDate ?? '',
  };
}

export function toDraft(f: CandidateFields) {
  return {
    name: f.name,
    email: f.email.trim(),
    phone: f.phone,
    positionId: f.positionId || undefined,
    source: f.source,
    rating: f.rating ? Number(f.rating) : undefined,
    tags: f.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    consentDate: f.consentDate || undefined,
    retentionDate: f.retentionDate || undefined,
  };
}

export function CandidateFieldsEditor({
  value,
  onChange,
  positions,
}: {
  value: CandidateFields;
  onChange: (v: CandidateFields) => void;
  positions: readonly Position[];
}) {
  const set = (k: keyof CandidateFields) => (e: { target: { value: string } }) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <div className="form-grid">
      <label className="field">
        <span>Name</span>
        <input value={value.name} onChange={set('name')} required autoComplete="off" />
      </label>
      <label className="field">
        <span>Email</span>
        <input
          type="email"
          value={value.email}
          onChange={set('email')}
          required
          autoComplete="off"
        />
      </label>
      <label className="field">
        <span>Phone</span>
        <input value={value.phone} onChange={set('phone')} autoComplete="off" />
      </label>
      <label className="field">
        <span>Position</span>
        <select value={value.positionId} onChange={set('positionId')}>
          <option value="">No position</option>
          {positions.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Source</span>
        <input value={value.source} onChange={set('source')} list="rec-sources" />
        <datalist id="rec-sources">
          {['LinkedIn', 'Indeed', 'Referral', 'Company website', 'Job fair'].map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span>Rating</span>
        <select value={value.rating} onChange={set('rating')}>
          <option value="">Not rated</option>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {'★'.repeat(n)} ({n})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Tags (comma separated)</span>
        <input value={value.tags} onChange={set('tags')} />
      </label>
      <label className="field">
        <span>Consent date</span>
        <input type="date" value={value.consentDate} onChange={set('consentDate')} />
      </label>
      <label className="field">
        <span>Keep data until</span>
        <input type="date" value={value.retentionDate} onChange={set('retentionDate')} />
      </label>
    </div>
  );
}

export function CandidateFormDialog({
  positions,
  onClose,
}: {
  positions: readonly Position[];
  onClose: () => void;
}) {
  const [value, setValue] = useState(fieldsOf());
  const toast = useToast((s) => s.show);
  return (
    <FormDialog
      title="New candidate"
      size="large"
      submitLabel="Add candidate"
      onClose={onClose}
      onSubmit={async () => {
        const c = await candidateRepository.create(toDraft(value));
        toast(`Added ${c.name}`);
        onClose();
      }}
    >
      <CandidateFieldsEditor value={value} onChange={setValue} positions={positions} />
    </FormDialog>
  );
}

export function CandidateEditForm({
  candidate,
  positions,
}: {
  candidate: Candidate;
  positions: readonly Position[];
}) {
  const [value, setValue] = useState(() => fieldsOf(candidate));
  const toast = useToast((s) => s.show);
  const { error, submit } = useSubmit(async () => {
    await candidateRepository.update(candidate.id, toDraft(value));
    toast('Candidate saved');
  });
  return (
    <form
      aria-label="Candidate details"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <CandidateFieldsEditor value={value} onChange={setValue} positions={positions} />
      <FormError error={error} />
      <div className="rec-actions">
        <button type="button" className="btn" onClick={() => navigate('recruiting')}>
          Back to pipeline
        </button>
        <button type="submit" className="btn btn-primary">
          Save candidate
        </button>
      </div>
    </form>
  );
}
