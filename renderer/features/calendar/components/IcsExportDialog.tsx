/**
 * "Export .ics" (issue 13.9): one event with its whole series, one diary, or every diary, over
 * all dates (the default) or a date range, as an iCalendar file Outlook and Google import; saved where the user chooses
 * (the platform's save dialog; a download in the browser build) as `<name>.ics`. Private
 * entries the user may not read go out as "Busy". The dialog says how many events the choice
 * exports before anything is saved.
 */
import { useId, useState } from 'react';
import { wallToUtc } from '../../../../shared/calendar';
import type { DiaryKey } from '../../../../shared/domain/calendar';
import { addDays, isIsoDate } from '../../../../shared/lib/dates';
import { useDbQuery } from '../../../db/hooks';
import { getPlatform } from '../../../platform';
import { FormDialog } from '../../../ui/FormDialog';
import { useToast } from '../../../ui/Toast';
import { useCalendarSettings, useDiaries, useEvent } from '../hooks';
import { buildIcsExport, eventsForExport, type IcsExportRequest } from '../icsExport';
import './CalendarPrintDialog.css';

export interface IcsExportDialogProps {
  open: boolean;
  onClose: () => void;
  /** Diaries offered (the ones selected in the calendar first). */
  diaries: readonly DiaryKey[];
  /** The range offered when “All dates” is unticked: what the calendar shows ('YYYY-MM-DD', end exclusive). */
  from: string;
  to: string;
  /** Export just this event (its whole series). */
  eventId?: string | undefined;
}

type Scope = 'event' | 'diary' | 'all';

export function IcsExportDialog(props: IcsExportDialogProps) {
  if (!props.open) return null;
  return <ExportForm {...props} />;
}

function ExportForm({ onClose, diaries, from, to, eventId }: IcsExportDialogProps) {
  const base = useId();
  const toast = useToast((s) => s.show);
  const settings = useCalendarSettings();
  const allDiaries = useDiaries() ?? [];
  const event = useEvent(eventId);
  const [scope, setScope] = useState<Scope>(eventId ? 'event' : diaries.length ? 'diary' : 'all');
  const [diary, setDiary] = useState<DiaryKey | ''>(diaries[0] ?? '');
  const [fromDay, setFromDay] = useState(from);
  // Shown inclusive ('to the 29th'); the props and the read are exclusive.
  const [lastDay, setLastDay] = useState(isIsoDate(to) ? addDays(to, -1) : to);
  // Every date by default, so nothing outside the calendar's view is quietly left out.
  const [allTime, setAllTime] = useState(true);

  const offered = [...allDiaries].sort((a, b) => Number(diaries.includes(b.key)) - Number(diaries.includes(a.key)));
  const diaryKey: DiaryKey | '' = diary || offered[0]?.key || '';
  const diaryName = offered.find((d) => d.key === diaryKey)?.name ?? 'Calendar';
  const zone = settings?.officeTimeZone ?? 'UTC';

  /** The request as chosen, or a sentence saying what is missing. */
  const requestNow = (): IcsExportRequest | string => {
    if (scope === 'event') return { eventId };
    let range: { fromInstant?: string; toInstant?: string } = {};
    if (!allTime) {
      if (!isIsoDate(fromDay) || !isIsoDate(lastDay)) return 'Enter the first and last day to export, like 2026-11-23.';
      if (lastDay < fromDay) return 'The last day is before the first day.';
      range = { fromInstant: wallToUtc(`${fromDay}T00:00:00`, zone), toInstant: wallToUtc(`${addDays(lastDay, 1)}T00:00:00`, zone) };
    }
    if (scope === 'diary' && !diaryKey) return 'Pick the diary to export.';
    return { ...range, ...(scope === 'diary' ? { diary: diaryKey as DiaryKey } : {}) };
  };
  const chosen = settings ? requestNow() : 'Counting…';
  const count = useDbQuery(async (d) => (typeof chosen === 'string' ? null : (await eventsForExport(chosen, d)).length), [JSON.stringify(chosen)]);
  const countText =
    typeof chosen === 'string'
      ? chosen
      : count === undefined || count === null
        ? 'Counting the events…'
        : count === 0
          ? 'No event to export in this choice; pick another diary or a wider range.'
          : `${count} ${count === 1 ? 'event' : 'events'} will be exported${count > 0 && scope !== 'event' ? ' (a repeating event counts once)' : ''}.`;

  return (
    <FormDialog
      title="Export to a calendar file"
      submitLabel="Export .ics"
      size="medium"
      className="cal-print-dialog"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        const request = requestNow();
        if (typeof request === 'string') throw new Error(request);
        const name =
          scope === 'event'
            ? (event?.title ?? 'Event')
            : `${scope === 'diary' ? diaryName : 'Calendar'}${allTime ? '' : ` ${fromDay} to ${lastDay}`}`;
        const file = await buildIcsExport(request, name);
        if (file.count === 0) throw new Error('There is no event to export in this choice; pick another diary or a wider range.');
        const saved = await getPlatform().saveFile(new TextEncoder().encode(file.text), {
          suggestedName: file.fileName,
          mimeType: 'text/calendar',
          filters: [{ name: 'Calendar files', extensions: ['ics'] }],
        });
        if (!saved) return;
        toast(`Exported ${file.count} ${file.count === 1 ? 'event' : 'events'} to ${file.fileName}`);
        onClose();
      }}
    >
      <fieldset className="cal-print-choice">
        <legend>What to export</legend>
        {eventId ? (
          <label>
            <input type="radio" name={`${base}-scope`} checked={scope === 'event'} onChange={() => setScope('event')} /> This event
            {event ? ` (${event.title})` : ''}
            {event?.rrule ? ', every occurrence' : ''}
          </label>
        ) : null}
        <label>
          <input type="radio" name={`${base}-scope`} checked={scope === 'diary'} onChange={() => setScope('diary')} /> One diary
        </label>
        <label>
          <input type="radio" name={`${base}-scope`} checked={scope === 'all'} onChange={() => setScope('all')} /> Every diary
        </label>
      </fieldset>
      {scope === 'diary' ? (
        <div className="field">
          <label htmlFor={`${base}-diary`} className="cal-field-caption">Diary</label>
          <select id={`${base}-diary`} value={diaryKey} onChange={(e) => setDiary(e.target.value as DiaryKey)}>
            {offered.map((d) => (
              <option key={d.key} value={d.key}>
                {d.name}
                {d.detail ? ` — ${d.detail}` : ''}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {scope !== 'event' ? (
        <>
          <label className="cal-check">
            <input type="checkbox" checked={allTime} onChange={(e) => setAllTime(e.target.checked)} /> All dates
          </label>
          {allTime ? null : (
            <div className="form-grid">
              <label className="field">
                <span>First day</span>
                <input type="date" value={fromDay} required onChange={(e) => setFromDay(e.target.value)} />
              </label>
              <label className="field">
                <span>Last day</span>
                <input type="date" value={lastDay} required onChange={(e) => setLastDay(e.target.value)} />
              </label>
            </div>
          )}
          <p className="muted">A repeating event that falls in the range is exported whole, with its rule, so the other calendar shows the same dates.</p>
        </>
      ) : null}
      <p className="muted">Private entries you may not read are exported as “Busy”, without notes or place.</p>
      <p className="cal-export-count" role="status" aria-live="polite">
        {countText}
      </p>
    </FormDialog>
  );
}
