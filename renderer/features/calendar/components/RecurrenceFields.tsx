/**
 * The event dialog's "Repeats" fields: none, daily, weekdays, weekly on chosen days, monthly on
 * a day or on the Nth weekday, yearly, or a custom RRULE; every N; ends never, on a date or
 * after N times. The sentence under them is the engine's describeRecurrence of the rule.
 */
import { useId } from 'react';
import { describeRecurrence } from '../../../../shared/calendar';
import { errorMessage } from '../../../../shared/lib/errors';
import { SelectField } from '../../../ui/SelectField';
import { RECURRENCE_MODES, WEEKDAYS, WEEKDAY_NAMES, recurrenceRule, type RecurrenceForm } from './eventForm';

const UNIT: Record<string, [string, string]> = {
  daily: ['day', 'days'],
  weekly: ['week', 'weeks'],
  monthlyDay: ['month', 'months'],
  monthlyNth: ['month', 'months'],
  yearly: ['year', 'years'],
};
const NTH = [
  { n: 1, label: 'First' },
  { n: 2, label: 'Second' },
  { n: 3, label: 'Third' },
  { n: 4, label: 'Fourth' },
  { n: -1, label: 'Last' },
];

/** The rule as a sentence, or why it cannot be one. */
export function recurrenceSummary(r: RecurrenceForm, locale?: string): { text: string; error: boolean } {
  if (r.mode === 'none') return { text: 'Does not repeat.', error: false };
  try {
    const rule = recurrenceRule(r);
    return { text: rule ? describeRecurrence(rule, locale) : 'Does not repeat.', error: false };
  } catch (e) {
    return { text: errorMessage(e), error: true };
  }
}

export function RecurrenceFields({ value, onChange, locale }: { value: RecurrenceForm; onChange: (next: RecurrenceForm) => void; locale?: string }) {
  const id = useId();
  const set = (patch: Partial<RecurrenceForm>) => onChange({ ...value, ...patch });
  const unit = UNIT[value.mode];
  const summary = recurrenceSummary(value, locale);
  return (
    <fieldset className="cal-recur">
      <legend>Repeats</legend>
      <div className="cal-row">
        <SelectField label="Repeat" className="field cal-grow" value={value.mode} onChange={(mode) => set({ mode: mode as RecurrenceForm['mode'] })}>
          {RECURRENCE_MODES.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </SelectField>
        {unit ? (
          <label className="field cal-narrow">
            <span>Every ({unit[1]})</span>
            <input type="number" min={1} max={99} value={value.interval} onChange={(e) => set({ interval: Number(e.target.value) })} />
          </label>
        ) : null}
      </div>
      {value.mode === 'weekly' ? (
        <fieldset className="cal-weekdays">
          <legend>On</legend>
          {WEEKDAYS.map((d) => (
            <label key={d} className="cal-chip-check">
              <input
                type="checkbox"
                checked={value.weekDays.includes(d)}
                onChange={(e) => set({ weekDays: e.target.checked ? [...value.weekDays, d] : value.weekDays.filter((x) => x !== d) })}
              />
              <span aria-hidden="true">{d.charAt(0) + d.charAt(1).toLowerCase()}</span>
              <span className="sr-only">{WEEKDAY_NAMES[d]}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {value.mode === 'monthlyDay' ? (
        <SelectField label="Day of the month" className="field cal-narrow" value={value.monthDay} onChange={(v) => set({ monthDay: Number(v) })}>
          {Array.from({ length: 31 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          <option value={-1}>Last day</option>
        </SelectField>
      ) : null}
      {value.mode === 'monthlyNth' ? (
        <div className="cal-row">
          <SelectField label="Which" value={value.nth} onChange={(v) => set({ nth: Number(v) })}>
            {NTH.map((n) => (
              <option key={n.n} value={n.n}>
                {n.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Weekday" value={value.nthDay} onChange={(nthDay) => set({ nthDay })}>
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {WEEKDAY_NAMES[d]}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {value.mode === 'custom' ? (
        <label className="field">
          <span>Rule (RFC 5545 RRULE)</span>
          <input value={value.rule} onChange={(e) => set({ rule: e.target.value })} placeholder="FREQ=WEEKLY;BYDAY=MO,WE" spellCheck={false} />
        </label>
      ) : null}
      {value.mode !== 'none' && value.mode !== 'custom' ? (
        <div className="cal-row cal-ends" role="radiogroup" aria-labelledby={`${id}-ends`}>
          <span id={`${id}-ends`} className="cal-ends-label">
            Ends
          </span>
          <label className="cal-inline">
            <input type="radio" name={`${id}-ends`} checked={value.ends === 'never'} onChange={() => set({ ends: 'never' })} />
            Never
          </label>
          <label className="cal-inline">
            <input type="radio" name={`${id}-ends`} checked={value.ends === 'on'} onChange={() => set({ ends: 'on' })} />
            On date
          </label>
          {value.ends === 'on' ? <input type="date" aria-label="Repeats end on" className="input" value={value.until} onChange={(e) => set({ until: e.target.value })} /> : null}
          <label className="cal-inline">
            <input type="radio" name={`${id}-ends`} checked={value.ends === 'after'} onChange={() => set({ ends: 'after' })} />
            After
          </label>
          {value.ends === 'after' ? (
            <label className="cal-inline">
              <input type="number" className="input cal-count" min={1} max={999} aria-label="Number of times" value={value.count} onChange={(e) => set({ count: Number(e.target.value) })} />
              times
            </label>
          ) : null}
        </div>
      ) : null}
      <p className={summary.error ? 'field-error' : 'muted cal-recur-summary'} aria-live="polite">
        {summary.text}
      </p>
    </fieldset>
  );
}
