/**
 * The item's usage meters (issue 12.3): each meter with its last reading and lifetime total,
 * "Add meter…", "Record reading…" (with a "Meter replaced" entry for a new or reset meter),
 * the readings ledger (newest first; a wrong reading is voided with a reason, never edited)
 * and the usage per month chart. EquipmentPage renders it below the item's details.
 */
import { useState } from 'react';
import type { Equipment } from '../../../../shared/domain/equipment';
import { lifetimeValues, METER_UNITS, METER_UNIT_LABELS, type Meter, type MeterReading, type MeterUnit } from '../../../../shared/domain/equipmentMeters';
import { today } from '../../../../shared/lib/dates';
import { useDbQuery } from '../../../db/hooks';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { addMeterReading, createEquipmentMeter, listEquipmentMeters, listMeterReadings, voidMeterReading } from '../meters';
import { useEquipmentDate } from './equipmentFormat';
import { MeterUsageChart } from './MeterUsageChart';
import { parseMeterNumber } from './meterNumbers';
import './maintenance.css';

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function AddMeterDialog({ equipment, onClose }: { equipment: Equipment; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<MeterUnit>('pages');
  return (
    <FormDialog
      title="Add meter"
      submitLabel="Add meter"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        const m = await createEquipmentMeter({ equipmentId: equipment.id, name, unit });
        toast(`Added meter ${m.name}`);
        onClose();
      }}
    >
      <div className="eqm-form">
        <label className="field">
          <span>Meter name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Page count, Odometer" autoFocus required maxLength={80} />
        </label>
        <label className="field">
          <span>Unit</span>
          <select value={unit} onChange={(e) => setUnit(e.target.value as MeterUnit)}>
            {METER_UNITS.map((u) => (
              <option key={u} value={u}>
                {METER_UNIT_LABELS[u]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </FormDialog>
  );
}

function RecordReadingDialog({ meter, onClose }: { meter: Meter; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const showDate = useEquipmentDate();
  const unit = METER_UNIT_LABELS[meter.unit];
  const [date, setDate] = useState(today());
  const [value, setValue] = useState('');
  const [replaced, setReplaced] = useState(false);
  const [startValue, setStartValue] = useState('0');
  const [oldFinal, setOldFinal] = useState('');
  const [note, setNote] = useState('');
  return (
    <FormDialog
      title={`Record reading: ${meter.name}`}
      submitLabel="Record reading"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        const v = parseMeterNumber(value, replaced ? "the new meter's reading" : 'the reading');
        const start = replaced && startValue.trim() ? parseMeterNumber(startValue, "the new meter's starting value") : undefined;
        const final = replaced && oldFinal.trim() ? parseMeterNumber(oldFinal, "the old meter's final value") : undefined;
        await addMeterReading(
          {
            meterId: meter.id,
            date,
            value: v,
            ...(replaced ? { replaced: true } : {}),
            ...(start !== undefined ? { startValue: start } : {}),
            ...(final !== undefined ? { oldMeterFinalValue: final } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
          undefined,
          { formatDate: showDate },
        );
        toast(replaced ? `Meter replaced; new meter at ${fmt(v)} ${unit}` : `Recorded ${fmt(v)} ${unit}`);
        onClose();
      }}
    >
      <div className="eqm-form">
        {meter.lastValue !== undefined ? (
          <p className="eqm-hint">
            Last reading: {fmt(meter.lastValue)} {unit} on {showDate(meter.lastReadingOn)}.
          </p>
        ) : (
          <p className="eqm-hint">No reading yet: the first reading is the meter's current value.</p>
        )}
        <label className="field">
          <span>Date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field">
          <span>{replaced ? `New meter's reading (${unit})` : `Reading (${unit})`}</span>
          <input value={value} onChange={(e) => setValue(e.target.value)} inputMode="decimal" autoFocus required />
        </label>
        <label className="eqm-check">
          <input type="checkbox" checked={replaced} onChange={(e) => setReplaced(e.target.checked)} />
          Meter replaced (a new or reset meter starts again)
        </label>
        {replaced ? (
          <fieldset className="eqm-fieldset">
            <legend>Meter replacement</legend>
            <label className="field">
              <span>{`New meter's starting value (${unit})`}</span>
              <input value={startValue} onChange={(e) => setStartValue(e.target.value)} inputMode="decimal" />
            </label>
            <label className="field">
              <span>{`Old meter's final value (${unit})`}</span>
              <input value={oldFinal} onChange={(e) => setOldFinal(e.target.value)} inputMode="decimal" placeholder="If it could be read" />
            </label>
            <p className="eqm-hint wide">The usage on the old meter up to its final value still counts towards the lifetime total and the maintenance plans.</p>
          </fieldset>
        ) : null}
        <label className="field">
          <span>Note</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        </label>
      </div>
    </FormDialog>
  );
}

function VoidReadingDialog({ reading, unit, onClose }: { reading: MeterReading; unit: string; onClose: () => void }) {
  const toast = useToast((s) => s.show);
  const showDate = useEquipmentDate();
  const [reason, setReason] = useState('');
  return (
    <FormDialog
      title="Void reading"
      submitLabel="Void reading"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        await voidMeterReading(reading.id, reason);
        toast('Reading voided');
        onClose();
      }}
    >
      <div className="eqm-form">
        <p>
          The reading {fmt(reading.value)} {unit} of {showDate(reading.date)} stays in the history as voided and no longer counts.
        </p>
        <label className="field">
          <span>Reason</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus required maxLength={300} />
        </label>
      </div>
    </FormDialog>
  );
}

function MeterCard({ meter }: { meter: Meter }) {
  const readings = useDbQuery((d) => listMeterReadings(meter.id, d), [meter.id]);
  const [recording, setRecording] = useState(false);
  const [voiding, setVoiding] = useState<MeterReading | null>(null);
  const showDate = useEquipmentDate();
  const unit = METER_UNIT_LABELS[meter.unit];
  const rows = readings ? lifetimeValues(readings).reverse() : undefined;
  const replacements = (readings ?? []).filter((r) => r.replaced);
  const lastReplaced = replacements.at(-1);
  const headingId = `meter-${meter.id}`;
  return (
    <article className="eqm-item" aria-labelledby={headingId}>
      <div className="eqm-head">
        <h3 id={headingId}>
          {meter.name} <span className="muted">({unit})</span>
        </h3>
        <div className="eqm-actions">
          <button type="button" className="btn btn-primary" onClick={() => setRecording(true)}>
            Record reading…
          </button>
        </div>
      </div>
      <dl className="eqm-facts">
        <div>
          <dt>Last reading</dt>
          <dd data-testid="meter-last">{meter.lastValue !== undefined ? `${fmt(meter.lastValue)} ${unit} on ${showDate(meter.lastReadingOn)}` : 'No reading yet'}</dd>
          {lastReplaced ? (
            // Why the last reading is far below the lifetime total: it is on the meter fitted since.
            <dd className="eqm-fact-note" data-testid="meter-replaced">
              {replacements.length === 1
                ? `Meter replaced on ${showDate(lastReplaced.date)}; the lifetime total counts both meters.`
                : `Meter last replaced on ${showDate(lastReplaced.date)} (${replacements.length} replacements); the lifetime total counts every meter.`}
            </dd>
          ) : null}
        </div>
        <div>
          <dt>Lifetime total</dt>
          <dd data-testid="meter-lifetime">{meter.lifetimeValue !== undefined ? `${fmt(meter.lifetimeValue)} ${unit}` : '—'}</dd>
        </div>
      </dl>
      {readings && readings.length > 0 ? <MeterUsageChart meterName={meter.name} unit={unit} readings={readings} /> : null}
      {rows && rows.length > 0 ? (
        <details className="eqm-ledger" open={rows.length <= 6}>
          <summary>Readings ({rows.length})</summary>
          <div className="table-wrap">
            <table className="data-table" aria-label={`${meter.name} readings`}>
              <thead>
                <tr>
                  <th>Date</th>
                  <th className="num">Reading</th>
                  <th className="num">Usage</th>
                  <th className="num">Lifetime</th>
                  <th>Note</th>
                  <th>
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ reading: r, lifetime }, i) => (
                  <tr key={r.id}>
                    <td className="eqm-nowrap">{showDate(r.date)}</td>
                    <td className="num">{fmt(r.value)}</td>
                    <td className="num">{i < rows.length - 1 ? `+${fmt(lifetime - rows[i + 1]!.lifetime)}` : ''}</td>
                    <td className="num">{fmt(lifetime)}</td>
                    <td className="eqm-wrap">
                      {r.replaced ? (
                        <span className="eqm-replaced">
                          Meter replaced
                          {r.oldMeterFinalValue !== undefined ? ` (old meter ended at ${fmt(r.oldMeterFinalValue)})` : ''}
                          {r.startValue !== undefined ? `, new meter started at ${fmt(r.startValue)}` : ''}
                          {r.note ? '. ' : ''}
                        </span>
                      ) : null}
                      {r.note ?? ''}
                    </td>
                    <td>
                      <button type="button" className="eqm-link" onClick={() => setVoiding(r)} aria-label={`Void reading ${fmt(r.value)} of ${showDate(r.date)}`}>
                        Void…
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
      {recording ? <RecordReadingDialog meter={meter} onClose={() => setRecording(false)} /> : null}
      {voiding ? <VoidReadingDialog reading={voiding} unit={unit} onClose={() => setVoiding(null)} /> : null}
    </article>
  );
}

export function MetersSection({ equipment }: { equipment: Equipment }) {
  const meters = useDbQuery((d) => listEquipmentMeters(equipment.id, d), [equipment.id]);
  const [adding, setAdding] = useState(false);
  return (
    <section className="card" aria-labelledby="eqm-meters-title">
      <div className="eqm-head">
        <h2 id="eqm-meters-title">Meters</h2>
        <button type="button" className="btn" onClick={() => setAdding(true)}>
          Add meter…
        </button>
      </div>
      {meters === undefined ? (
        <p className="muted">Loading…</p>
      ) : meters.length === 0 ? (
        <p className="muted">No meters. Add one to record a page count, kilometres or hours of use; maintenance plans can then fall due by usage.</p>
      ) : (
        <div className="eqm-list">
          {meters.map((m) => (
            <MeterCard key={m.id} meter={m} />
          ))}
        </div>
      )}
      {adding ? <AddMeterDialog equipment={equipment} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
