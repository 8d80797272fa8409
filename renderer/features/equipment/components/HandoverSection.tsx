/**
 * Who has it (issue 12.2), on the item's page: the holder now (person or place, since, due
 * back, overdue), "Check out…" and "Check in…" dialogs, and every hand-over as a table, newest
 * first. The ledger is append-only: a mistake is corrected by a further hand-over.
 */
import { LogIn, LogOut } from 'lucide-react';
import { useState } from 'react';
import { diffDays, today } from '../../../../shared/lib/dates';
import { isOutOfService, type Equipment } from '../../../../shared/domain/equipment';
import { hrefFor } from '../../../core/router';
import { useDbQuery } from '../../../db/hooks';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import {
  CHECKIN_CONDITIONS,
  CHECKIN_CONDITION_LABELS,
  checkInEquipment,
  checkOutEquipment,
  getEquipmentHandoverView,
  type CheckinCondition,
  type EquipmentHandoverRow,
} from '../handovers';
import { useEquipmentDate } from './equipmentFormat';
import { PersonPicker } from './PersonPicker';
import './handovers.css';

/** "Overdue by 3 days" when `dueBack` is before today, else null. */
export function overdueText(dueBack: string | undefined, onDay: string): string | null {
  if (!dueBack || dueBack >= onDay) return null;
  const days = diffDays(dueBack, onDay);
  return `Overdue by ${days} day${days === 1 ? '' : 's'}`;
}

function PersonOrPlace({ personId, name }: { personId?: string; name: string }) {
  return personId ? <a href={hrefFor('people', personId)}>{name}</a> : <>{name}</>;
}

export function HandoverSection({ equipment }: { equipment: Equipment }) {
  const view = useDbQuery((db) => getEquipmentHandoverView(equipment.id, db), [equipment.id]);
  const [dialog, setDialog] = useState<'out' | 'in' | null>(null);
  const day = today();
  const holder = view?.holder;
  const overdue = overdueText(holder?.dueBack, day);
  const retired = isOutOfService(equipment.status);
  const date = useEquipmentDate();

  return (
    <section className="card eq-handovers" aria-labelledby="eq-handovers-h">
      <div className="eq-section-head">
        <h2 id="eq-handovers-h">Who has it</h2>
        {view === undefined ? null : holder ? (
          <button type="button" className="btn" onClick={() => setDialog('in')}>
            <LogIn size={14} aria-hidden="true" /> Check in…
          </button>
        ) : retired ? null : (
          <button type="button" className="btn btn-primary" onClick={() => setDialog('out')}>
            <LogOut size={14} aria-hidden="true" /> Check out…
          </button>
        )}
      </div>

      {view === undefined ? (
        <p className="muted">Loading…</p>
      ) : holder ? (
        <p className="eq-holder" aria-label="Current holder">
          Checked out to <strong><PersonOrPlace personId={holder.personId} name={holder.name} /></strong> since {date(holder.since)}
          {holder.dueBack ? <>, due back {date(holder.dueBack)}</> : ', with no due-back date'}.{' '}
          {overdue ? <span className="badge badge-danger">{overdue}</span> : null}
        </p>
      ) : (
        <p className="eq-holder" aria-label="Current holder">
          {retired
            ? `In nobody's hands: this item is ${equipment.status} and cannot be checked out.`
            : 'Not checked out: it is here. Check it out to a person or a place to keep track of it.'}
        </p>
      )}

      {view && view.history.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table" aria-label="Hand-over history">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Hand-over</th>
                <th scope="col">To / condition</th>
                <th scope="col">Due back</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {view.history.map((e) => (
                <HistoryRow key={e.id} entry={e} date={date} />
              ))}
            </tbody>
          </table>
        </div>
      ) : view ? (
        <p className="muted">No hand-overs yet. Every check-out and check-in is kept here for good.</p>
      ) : null}

      {dialog === 'out' ? <CheckOutDialog equipment={equipment} onClose={() => setDialog(null)} /> : null}
      {dialog === 'in' && holder ? (
        <CheckInDialog equipment={equipment} since={holder.since} holderName={holder.name} onClose={() => setDialog(null)} />
      ) : null}
    </section>
  );
}

function HistoryRow({ entry: e, date }: { entry: EquipmentHandoverRow; date: (d: string | undefined) => string }) {
  if (e.kind === 'check-out') {
    return (
      <tr>
        <td>{date(e.date)}</td>
        <td>Checked out</td>
        <td>
          <PersonOrPlace personId={e.toPersonId} name={e.personName ?? e.toPlace ?? 'someone no longer in People'} />
        </td>
        <td>{e.dueBack ? date(e.dueBack) : '—'}</td>
        <td title={e.note}>{e.note ?? ''}</td>
      </tr>
    );
  }
  return (
    <tr>
      <td>{date(e.date)}</td>
      <td>Checked in</td>
      <td>
        <span className={e.condition === 'good' ? undefined : 'eq-condition-warn'}>{CHECKIN_CONDITION_LABELS[e.condition]}</span>
        {e.personName ? <span className="muted"> · received by {e.personName}</span> : null}
      </td>
      <td>—</td>
      <td title={e.note}>{e.note ?? ''}</td>
    </tr>
  );
}

function CheckOutDialog({ equipment, onClose }: { equipment: Equipment; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const [to, setTo] = useState<'person' | 'place'>('person');
  const [personId, setPersonId] = useState('');
  const [place, setPlace] = useState('');
  const [date, setDate] = useState(today());
  const [dueBack, setDueBack] = useState('');
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={`Check out ${equipment.name}`}
      submitLabel="Check out"
      size="medium"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        if (to === 'person' && !personId) throw new Error('Choose the person it goes to.');
        if (to === 'place' && !place.trim()) throw new Error('Enter the place it goes to.');
        await checkOutEquipment({
          equipmentId: equipment.id,
          date,
          ...(to === 'person' ? { toPersonId: personId } : { toPlace: place }),
          ...(dueBack ? { dueBack } : {}),
          note,
        });
        toast(`${equipment.name} checked out`);
        onClose();
      }}
    >
      <fieldset className="eq-choice">
        <legend>Check out to</legend>
        <label>
          <input type="radio" name="eq-to" checked={to === 'person'} onChange={() => setTo('person')} /> A person
        </label>
        <label>
          <input type="radio" name="eq-to" checked={to === 'place'} onChange={() => setTo('place')} /> A place
        </label>
      </fieldset>
      <div className="form-grid">
        {to === 'person' ? (
          <PersonPicker value={personId} onChange={setPersonId} autoFocus />
        ) : (
          <label className="field wide">
            <span>Place</span>
            <input value={place} onChange={(e) => setPlace(e.target.value)} maxLength={120} placeholder="Meeting room 2" autoFocus />
          </label>
        )}
        <label className="field">
          <span>Check-out date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field">
          <span>Due back (optional)</span>
          <input type="date" value={dueBack} min={date} onChange={(e) => setDueBack(e.target.value)} />
        </label>
        <label className="field wide">
          <span>Note</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        </label>
      </div>
      <p className="muted eq-hint">Without a due-back date it counts as in use (a member of staff's own laptop); with one it is lent out.</p>
    </FormDialog>
  );
}

function CheckInDialog({
  equipment,
  since,
  holderName,
  onClose,
}: {
  equipment: Equipment;
  since: string;
  holderName: string;
  onClose: () => void;
}) {
  const toast = useToast((s) => s.show);
  const date = useEquipmentDate();
  const [day, setDay] = useState(() => (today() < since ? since : today()));
  const [condition, setCondition] = useState<CheckinCondition>('good');
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={`Check in ${equipment.name}`}
      submitLabel="Check in"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        await checkInEquipment({ equipmentId: equipment.id, date: day, condition, note });
        toast(`${equipment.name} checked in`);
        onClose();
      }}
    >
      <p className="muted">
        Back from {holderName}, out since {date(since)}.
      </p>
      <div className="form-grid">
        <label className="field">
          <span>Check-in date</span>
          <input type="date" value={day} min={since} onChange={(e) => setDay(e.target.value)} required autoFocus />
        </label>
        <label className="field">
          <span>Condition</span>
          <select value={condition} onChange={(e) => setCondition(e.target.value as CheckinCondition)}>
            {CHECKIN_CONDITIONS.map((c) => (
              <option key={c} value={c}>
                {CHECKIN_CONDITION_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="field wide">
          <span>Note</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} placeholder="Scratch on the lid" />
        </label>
      </div>
    </FormDialog>
  );
}
