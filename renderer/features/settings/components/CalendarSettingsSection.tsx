/**
 * Settings → Calendar (issue 13): the office time zone every time is shown in, the default
 * working days and hours, who uses this PC (their private entries, and those of the diaries
 * they may view, show in full), the default reminder and the first day of the week. Below it,
 * one person at a time: their own working hours and zone (for the free-slot finder) and who
 * may see their private entries.
 */
import { useId, useMemo, useState } from 'react';
import { diaryKey, type CalendarSettings, type DiaryProfile } from '../../../../shared/domain/calendar';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { saveCalendarSettings, saveDiaryProfile, useCalendarSettings, useDiaryProfile } from '../../calendar';
import { useEmployees } from '../../people';
import './calendarSettings.css';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
  value: d,
  // 2024-01-01 was a Monday.
  long: new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, d)),
  short: new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, d)),
}));

const REMINDER_CHOICES: { value: string; label: string }[] = [
  { value: '', label: 'No reminder' },
  { value: '0', label: 'At the start' },
  { value: '5', label: '5 minutes before' },
  { value: '10', label: '10 minutes before' },
  { value: '15', label: '15 minutes before' },
  { value: '30', label: '30 minutes before' },
  { value: '60', label: '1 hour before' },
  { value: '120', label: '2 hours before' },
  { value: '1440', label: '1 day before' },
];

let zoneList: string[] | null = null;
/** Every IANA zone the platform knows (Intl.supportedValuesOf), plus UTC. */
function allZones(): string[] {
  if (!zoneList) {
    let list: string[] = [];
    try {
      list = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    } catch {
      list = [];
    }
    zoneList = [...new Set(['UTC', ...list])];
  }
  return zoneList;
}

function matchZones(query: string): string[] {
  const words = query.toLowerCase().replace(/[_/]/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return allZones();
  return allZones().filter((z) => {
    const name = z.toLowerCase().replace(/[_/]/g, ' ');
    return words.every((w) => name.includes(w));
  });
}

/** A searchable zone select: type 'york' in the search box, the select keeps only the matches (the chosen zone stays listed). */
function ZoneSelect({ label, value, onChange, allowDefault }: { label: string; value: string; onChange: (zone: string) => void; allowDefault?: string }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const options = useMemo(() => {
    const hits = matchZones(query);
    return value && !hits.includes(value) ? [value, ...hits] : hits;
  }, [query, value]);
  return (
    <div className="field cals-zone">
      <label htmlFor={`${id}-select`}>{label}</label>
      <div className="cals-zone-row">
        <input
          type="search"
          aria-label={`Search ${label.toLowerCase()}s`}
          placeholder="Search, e.g. london or new york"
          value={query}
          onChange={(e) => {
            const q = e.target.value;
            setQuery(q);
            // Typing narrows the list; the first match is chosen so Enter or Tab can move on.
            const first = matchZones(q)[0];
            if (q.trim() && first) onChange(first);
          }}
        />
        <select id={`${id}-select`} value={value} onChange={(e) => onChange(e.target.value)}>
          {allowDefault !== undefined ? <option value="">{allowDefault}</option> : null}
          {options.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      {query.trim() && options.length === (value ? 1 : 0) ? <small className="muted">No zone matches “{query}”.</small> : null}
    </div>
  );
}

function DaysField({ legend, days, onChange }: { legend: string; days: number[]; onChange: (days: number[]) => void }) {
  return (
    <fieldset className="cals-days">
      <legend>{legend}</legend>
      {WEEKDAYS.map((d) => (
        <label key={d.value} className="cals-day">
          <input
            type="checkbox"
            aria-label={d.long}
            checked={days.includes(d.value)}
            onChange={(e) => onChange(e.target.checked ? [...days, d.value].sort((a, b) => a - b) : days.filter((x) => x !== d.value))}
          />
          <span aria-hidden="true">{d.short}</span>
        </label>
      ))}
    </fieldset>
  );
}

function HoursFields({ start, end, onStart, onEnd, startLabel, endLabel }: { start: string; end: string; onStart: (v: string) => void; onEnd: (v: string) => void; startLabel: string; endLabel: string }) {
  return (
    <>
      <label className="field">
        <span>{startLabel}</span>
        <input type="time" value={start} onChange={(e) => onStart(e.target.value)} required />
      </label>
      <label className="field">
        <span>{endLabel}</span>
        <input type="time" value={end} onChange={(e) => onEnd(e.target.value)} required />
      </label>
    </>
  );
}

/** Refuses what the schema would, in the same words, before a save. */
function checkHours(days: number[], start: string, end: string): void {
  if (!days.length) throw new Error('Pick at least one working day.');
  if (!start || !end) throw new Error('Enter when the working day starts and ends, like 09:00 and 17:30.');
  if (end <= start) throw new Error('The working day ends before it starts.');
}

function OfficeForm({ initial, people }: { initial: CalendarSettings; people: { id: string; name: string }[] }) {
  const ids = useId();
  const toast = useToast((s) => s.show);
  const [zone, setZone] = useState(initial.officeTimeZone);
  const [days, setDays] = useState(initial.days);
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const [currentUserId, setCurrentUserId] = useState(initial.currentUserId ?? '');
  const [reminder, setReminder] = useState(initial.defaultReminderMinutes !== undefined ? String(initial.defaultReminderMinutes) : '');
  const [weekStartsOn, setWeekStartsOn] = useState(initial.weekStartsOn);
  const { error, busy, submit } = useSubmit(async () => {
    checkHours(days, start, end);
    await saveCalendarSettings({
      officeTimeZone: zone,
      days,
      start,
      end,
      currentUserId: currentUserId || undefined,
      defaultReminderMinutes: reminder === '' ? undefined : Number(reminder),
      weekStartsOn,
    });
    toast('Calendar settings saved');
  });
  const reminderOptions = REMINDER_CHOICES.some((c) => c.value === reminder) ? REMINDER_CHOICES : [...REMINDER_CHOICES, { value: reminder, label: `${reminder} minutes before` }];
  return (
    <form
      aria-labelledby={`${ids}-office`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${ids}-office`} className="cals-subtitle">
        The office
      </h3>
      <div className="form-grid">
        <div className="wide">
          <ZoneSelect label="Office time zone" value={zone} onChange={setZone} />
          <small className="muted">Every time in the calendar is shown in this zone; an event planned in another zone shows its own time beside it.</small>
        </div>
        <div className="wide">
          <DaysField legend="Working days" days={days} onChange={setDays} />
        </div>
        <HoursFields start={start} end={end} onStart={setStart} onEnd={setEnd} startLabel="Working day starts" endLabel="Working day ends" />
        <label className="field">
          <span>Who uses this PC</span>
          <select value={currentUserId} onChange={(e) => setCurrentUserId(e.target.value)}>
            <option value="">No one in particular</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <small className="muted">Their private entries, and those of the diaries they may view, show in full.</small>
        </label>
        <label className="field">
          <span>Default reminder</span>
          <select value={reminder} onChange={(e) => setReminder(e.target.value)}>
            {reminderOptions.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <small className="muted">What a new event starts with; each event can change it.</small>
        </label>
        <label className="field">
          <span>First day of the week</span>
          <select value={weekStartsOn} onChange={(e) => setWeekStartsOn(Number(e.target.value))}>
            {WEEKDAYS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.long}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FormError error={error} />
      <div className="cals-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save calendar settings
        </button>
      </div>
    </form>
  );
}

function PersonForm({
  person,
  profile,
  office,
  people,
}: {
  person: { id: string; name: string };
  profile: DiaryProfile | null;
  office: CalendarSettings;
  people: { id: string; name: string }[];
}) {
  const toast = useToast((s) => s.show);
  const [days, setDays] = useState(profile?.days ?? office.days);
  const [start, setStart] = useState(profile?.start ?? office.start);
  const [end, setEnd] = useState(profile?.end ?? office.end);
  const [zone, setZone] = useState(profile?.timeZone ?? '');
  const [viewers, setViewers] = useState<string[]>(profile?.viewerIds ?? []);
  const { error, busy, submit } = useSubmit(async () => {
    checkHours(days, start, end);
    await saveDiaryProfile(diaryKey('person', person.id), { days, start, end, viewerIds: viewers, timeZone: zone || undefined });
    toast(`${person.name}’s diary settings saved`);
  });
  const others = people.filter((p) => p.id !== person.id);
  return (
    <form
      aria-label={`${person.name}’s working hours and viewers`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="muted cals-note">{profile ? `${person.name} has working hours of their own.` : `${person.name} follows the office’s working hours until you save their own.`}</p>
      <div className="form-grid">
        <div className="wide">
          <DaysField legend={`${person.name}’s working days`} days={days} onChange={setDays} />
        </div>
        <HoursFields start={start} end={end} onStart={setStart} onEnd={setEnd} startLabel="Their day starts" endLabel="Their day ends" />
        <div className="wide">
          <ZoneSelect label="Their time zone" value={zone} onChange={setZone} allowDefault={`The office zone (${office.officeTimeZone.replace(/_/g, ' ')})`} />
        </div>
        <fieldset className="wide cals-viewers">
          <legend>Who may see {person.name}’s private entries</legend>
          {others.length ? (
            others.map((p) => (
              <label key={p.id} className="cals-viewer">
                <input
                  type="checkbox"
                  checked={viewers.includes(p.id)}
                  onChange={(e) => setViewers((v) => (e.target.checked ? [...v, p.id] : v.filter((x) => x !== p.id)))}
                />
                {p.name}
              </label>
            ))
          ) : (
            <p className="muted">No one else is on the staff list yet.</p>
          )}
          <small className="muted">Everyone else sees a private entry as “Busy”.</small>
        </fieldset>
      </div>
      <FormError error={error} />
      <div className="cals-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Save {person.name}’s diary settings
        </button>
      </div>
    </form>
  );
}

function PersonSection({ office, people }: { office: CalendarSettings; people: { id: string; name: string }[] }) {
  const ids = useId();
  const [personId, setPersonId] = useState('');
  const person = people.find((p) => p.id === personId);
  const profile = useDiaryProfile(person ? diaryKey('person', person.id) : undefined);
  return (
    <section aria-labelledby={`${ids}-people`} className="cals-people">
      <h3 id={`${ids}-people`} className="cals-subtitle">
        Each person’s hours and viewers
      </h3>
      {people.length === 0 ? (
        <p className="muted">
          Add staff in <a href="#/people">People</a> to give them working hours of their own and choose who sees their private entries.
        </p>
      ) : (
        <>
          <label className="field cals-person">
            <span>Person</span>
            <select value={personId} onChange={(e) => setPersonId(e.target.value)}>
              <option value="">Pick a person…</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          {person && profile !== undefined ? <PersonForm key={`${person.id}|${profile?.updatedAt ?? ''}`} person={person} profile={profile} office={office} people={people} /> : null}
        </>
      )}
    </section>
  );
}

export function CalendarSettingsSection() {
  const ids = useId();
  const settings = useCalendarSettings();
  const employees = useEmployees();
  const people = useMemo(
    () => (employees ?? []).filter((e) => e.status !== 'left').map((e) => ({ id: e.id, name: e.name })).sort((a, b) => a.name.localeCompare(b.name)),
    [employees],
  );
  return (
    <section className="card cals" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Calendar</h2>
      <p className="muted">The office’s time zone and working hours, who uses this PC, and each person’s own hours and private viewers.</p>
      {!settings || !employees ? (
        <p className="muted">Loading…</p>
      ) : (
        <>
          <OfficeForm key={JSON.stringify(settings)} initial={settings} people={people} />
          <PersonSection office={settings} people={people} />
        </>
      )}
    </section>
  );
}
