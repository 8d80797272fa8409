/**
 * "Print…" from the calendar (issue 13.10): a DAY SHEET of one diary (a manager's appointments
 * with who attends, rooms, places and notes) or a WEEK AT A GLANCE of several diaries side by
 * side, on A4 or US Letter (the office's paper by default, from the company profile's locale).
 * The contents come from the same diary read as the screens; private entries the user may not
 * see print as "Busy".
 */
import { useId, useState } from 'react';
import { defaultPageSize, renderDaySheetHtml, renderWeekAtAGlanceHtml, type PageSize } from '../../../../shared/documents';
import type { DiaryKey } from '../../../../shared/domain/calendar';
import { isIsoDate } from '../../../../shared/lib/dates';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { FormDialog } from '../../../ui/FormDialog';
import { usePrintDocument } from '../../../ui/printing';
import { readDaySheet, readWeekAtAGlance, weekStartOf } from '../calendarPrint';
import { useCalendarSettings, useDiaries } from '../hooks';
import './CalendarPrintDialog.css';

export interface CalendarPrintDialogProps {
  open: boolean;
  onClose: () => void;
  /** The day shown in the calendar ('YYYY-MM-DD', office zone). */
  date: string;
  /** The diaries selected in the calendar. */
  diaries: readonly DiaryKey[];
}

type Sheet = 'day' | 'week';

function longDate(date: string, locale: string | null | undefined): string {
  try {
    return new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
  } catch {
    return date;
  }
}

export function CalendarPrintDialog(props: CalendarPrintDialogProps) {
  if (!props.open) return null;
  return <PrintForm {...props} />;
}

function PrintForm({ onClose, date, diaries }: CalendarPrintDialogProps) {
  const base = useId();
  const { profile: company } = useCompanyProfileState();
  const settings = useCalendarSettings();
  const allDiaries = useDiaries() ?? [];
  const printDocument = usePrintDocument();
  const people = allDiaries.filter((d) => d.kind === 'person');

  const [sheet, setSheet] = useState<Sheet>(diaries.length > 1 ? 'week' : 'day');
  const [day, setDay] = useState(date);
  const [dayDiary, setDayDiary] = useState<DiaryKey | ''>(diaries[0] ?? '');
  const [weekOf, setWeekOf] = useState(date);
  const [chosen, setChosen] = useState<ReadonlySet<DiaryKey> | null>(diaries.length ? new Set(diaries) : null);
  const [days, setDays] = useState<5 | 7>(5);
  const [paper, setPaper] = useState<PageSize | null>(null);
  // The company profile loads after the first render: the default follows it until a choice is made.
  const pageSize: PageSize = paper ?? defaultPageSize(company);

  // Until the user ticks diaries: the calendar's selection, else every person.
  const weekDiaries: ReadonlySet<DiaryKey> = chosen ?? new Set(people.map((d) => d.key));
  const dayKey: DiaryKey | '' = dayDiary || people[0]?.key || allDiaries[0]?.key || '';
  const weekStart = isIsoDate(weekOf) ? weekStartOf(weekOf, settings?.weekStartsOn ?? 1) : '';
  const toggle = (key: DiaryKey) => {
    const next = new Set(weekDiaries);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setChosen(next);
  };
  // The calendar's selection first, then the rest in the diary list's order.
  const ordered = [...allDiaries].sort((a, b) => Number(diaries.includes(b.key)) - Number(diaries.includes(a.key)));

  return (
    <FormDialog
      title="Print the calendar"
      submitLabel="Print"
      size="medium"
      className="cal-print-dialog"
      noValidate
      submitDisabled={allDiaries.length === 0}
      onClose={onClose}
      onSubmit={async () => {
        let html: string;
        let title: string;
        let what: string;
        if (sheet === 'day') {
          if (!dayKey) throw new Error('Pick whose diary to print.');
          if (!isIsoDate(day)) throw new Error('Enter the day to print, like 2026-11-24.');
          const input = await readDaySheet(dayKey, day, pageSize);
          html = renderDaySheetHtml(input, company);
          title = `Day sheet ${day} - ${input.diaryName}`;
          what = `The day sheet of ${input.diaryName}`;
        } else {
          if (!weekStart) throw new Error('Enter a day of the week to print, like 2026-11-23.');
          const keys = ordered.filter((d) => weekDiaries.has(d.key)).map((d) => d.key);
          if (keys.length === 0) throw new Error('Tick at least one diary for the week at a glance.');
          const input = await readWeekAtAGlance(keys, weekStart, days, pageSize);
          html = renderWeekAtAGlanceHtml(input, company);
          title = `Week at a glance ${weekStart}`;
          what = 'The week at a glance';
        }
        let failure: string | null = null;
        await printDocument('print', { html, title, pageSize }, { what, onError: (message) => (failure = message) });
        if (failure) throw new Error(failure);
        onClose();
      }}
    >
      {allDiaries.length === 0 ? <p role="alert">There is no diary to print yet: add people or rooms first.</p> : null}
      <fieldset className="cal-print-choice">
        <legend>What to print</legend>
        <label>
          <input type="radio" name={`${base}-sheet`} checked={sheet === 'day'} onChange={() => setSheet('day')} /> Day sheet — one diary, one day, with
          attendees, rooms and notes
        </label>
        <label>
          <input type="radio" name={`${base}-sheet`} checked={sheet === 'week'} onChange={() => setSheet('week')} /> Week at a glance — several diaries
          side by side
        </label>
      </fieldset>

      {sheet === 'day' ? (
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${base}-diary`} className="cal-field-caption">Diary</label>
            <select id={`${base}-diary`} value={dayKey} onChange={(e) => setDayDiary(e.target.value as DiaryKey)}>
              {ordered.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.name}
                  {d.detail ? ` — ${d.detail}` : ''}
                </option>
              ))}
            </select>
          </div>
          <label className="field">
            <span>Day</span>
            <input type="date" value={day} required onChange={(e) => setDay(e.target.value)} />
          </label>
        </div>
      ) : (
        <>
          <div className="form-grid">
            <label className="field">
              <span>Week of</span>
              <input type="date" value={weekOf} required aria-describedby={`${base}-week-help`} onChange={(e) => setWeekOf(e.target.value)} />
              <small id={`${base}-week-help`} className="muted">
                {weekStart ? `Prints from ${longDate(weekStart, company.locale)}.` : 'Any day of the week to print.'}
              </small>
            </label>
            <fieldset className="cal-print-choice">
              <legend>Days</legend>
              <label>
                <input type="radio" name={`${base}-days`} checked={days === 5} onChange={() => setDays(5)} /> Working week (5 days)
              </label>
              <label>
                <input type="radio" name={`${base}-days`} checked={days === 7} onChange={() => setDays(7)} /> Whole week (7 days)
              </label>
            </fieldset>
          </div>
          <fieldset className="cal-print-diaries">
            <legend>
              Diaries ({ordered.filter((d) => weekDiaries.has(d.key)).length} of {ordered.length})
            </legend>
            <div className="cal-print-diary-list">
              {ordered.map((d) => (
                <label key={d.key}>
                  <input type="checkbox" checked={weekDiaries.has(d.key)} onChange={() => toggle(d.key)} />
                  <span>
                    {d.name}
                    {d.detail ? <span className="muted"> — {d.detail}</span> : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}

      <fieldset className="cal-print-choice cal-print-paper">
        <legend>Paper</legend>
        <label>
          <input type="radio" name={`${base}-paper`} checked={pageSize === 'A4'} onChange={() => setPaper('A4')} /> A4
        </label>
        <label>
          <input type="radio" name={`${base}-paper`} checked={pageSize === 'Letter'} onChange={() => setPaper('Letter')} /> US Letter
        </label>
      </fieldset>
    </FormDialog>
  );
}
