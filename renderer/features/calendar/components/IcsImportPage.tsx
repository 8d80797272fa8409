/**
 * `#/calendar/import` (issue 13.9): bring a calendar file into someone's diary. Pick an .ics
 * (Outlook, Google, any iCalendar export) or a .csv (title, start, end… through the shared
 * import pipeline), choose whose diary it goes in, and see every event before anything is
 * saved: its title, when it is in the office zone (with its own zone beside it), how it repeats,
 * where, and whether it is new or updates an event imported before (matched by UID, so importing
 * the same file again never duplicates). Events that cannot be read are listed with their line;
 * the rest import once the user says so. The save is one transaction: all or nothing.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FileDropZone } from '../../../ui/FileDropZone';
import { oneFileAtATime } from '../../../ui/oneFileAtATime';
import { describeRecurrence, wallToUtc, zoneOffsetLabel, type CalendarEventDraft } from '../../../../shared/calendar';
import type { DiaryKey } from '../../../../shared/domain/calendar';
import { addDays } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { getPlatform } from '../../../platform';
import { EmptyState } from '../../../ui/EmptyState';
import { ProgressBar } from '../../../ui/ProgressBar';
import { useCalendarSettings, useDiaries } from '../hooks';
import { defaultImportDiary, findImportedUids, importCalendarEvents, readCalendarFile, type CalendarFileRead, type ImportCalendarResult } from '../icsImport';
import './IcsImportPage.css';

/** Rows the preview table shows; the rest are counted. */
const PREVIEW_LIMIT = 300;

interface Loaded {
  fileName: string;
  read: CalendarFileRead;
  /** UIDs already in the database (those events are updated). */
  existing: Set<string>;
}

type Phase = { step: 'pick' } | { step: 'preview' } | { step: 'saving'; progress: number } | { step: 'done'; result: ImportCalendarResult; diaryName: string };

function formatWhen(e: CalendarEventDraft, officeZone: string, locale: string): { when: string; own: string | null } {
  const dateFmt = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  if (e.allDay) {
    const last = addDays(e.end, -1);
    const first = dateFmt.format(new Date(`${e.start}T12:00:00Z`));
    return { when: last > e.start ? `${first} – ${dateFmt.format(new Date(`${last}T12:00:00Z`))}, all day` : `${first}, all day`, own: null };
  }
  const zone = e.timeZone ?? officeZone;
  const start = wallToUtc(e.start, zone);
  const end = wallToUtc(e.end, e.endTimeZone ?? zone);
  const day = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: officeZone });
  const time = (z: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: z });
  const sameDay = day.format(new Date(start)) === day.format(new Date(end));
  const when = `${day.format(new Date(start))}, ${time(officeZone).format(new Date(start))} – ${sameDay ? '' : `${day.format(new Date(end))}, `}${time(officeZone).format(new Date(end))}`;
  if (!e.timeZone) return { when, own: 'No zone in the file: office time' };
  const own = e.timeZone !== officeZone ? `${time(e.timeZone).format(new Date(start))} – ${time(e.endTimeZone ?? e.timeZone).format(new Date(end))} ${zoneOffsetLabel(e.timeZone, start, locale)}` : null;
  return { when, own };
}

function repeats(e: CalendarEventDraft, locale: string): string {
  const parts: string[] = [];
  if (e.rrule) {
    try {
      parts.push(describeRecurrence(e.rrule, locale));
    } catch {
      parts.push(e.rrule);
    }
  }
  if (e.rdates?.length) parts.push(`${e.rdates.length} extra date${e.rdates.length === 1 ? '' : 's'}`);
  if (e.exdates?.length) parts.push(`${e.exdates.length} cancelled`);
  const moved = e.overrides?.filter((o) => !o.cancelled).length ?? 0;
  if (moved) parts.push(`${moved} changed`);
  return parts.join('; ');
}

export function IcsImportPage() {
  const base = useId();
  const company = useCompanyProfile();
  const settings = useCalendarSettings();
  const diaries = useDiaries();
  const people = useMemo(() => (diaries ?? []).filter((d) => d.kind === 'person'), [diaries]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'pick' });
  const [problem, setProblem] = useState<string | null>(null);
  const [chosenDiary, setDiary] = useState<DiaryKey | 'office' | null>(null);
  const [skipBad, setSkipBad] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => () => abortRef.current?.abort(), []);

  const locale = company.locale || 'en-US';
  const officeZone = settings?.officeTimeZone ?? 'UTC';
  // Until the user picks one: their own diary, else the first person's, else the office calendar.
  const diary: DiaryKey | 'office' = chosenDiary ?? defaultImportDiary(people, settings?.currentUserId);
  const diaryName = diary === 'office' ? 'the office calendar' : `${people.find((p) => p.key === diary)?.name ?? 'the chosen person'}’s diary`;

  const load = async (name: string, bytes: Uint8Array) => {
    setProblem(null);
    try {
      const read = readCalendarFile(name, bytes);
      const existing = await findImportedUids(read.events.map((e) => e.draft.uid));
      setLoaded({ fileName: name, read, existing });
      setSkipBad(false);
      setPhase({ step: 'preview' });
    } catch (e) {
      setProblem(`The file ${name} could not be read: ${errorMessage(e)}`);
    }
  };

  const choose = async () => {
    try {
      const [file] = await getPlatform().pickFiles({
        title: 'Choose a calendar file to import',
        filters: [{ name: 'Calendar files (.ics) or CSV', extensions: ['ics', 'ical', 'ifb', 'csv', 'txt'] }],
      });
      if (file) await load(file.name, file.bytes);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };

  const drop = async (files: File[]) => {
    // One file at a time, and the others named rather than dropped silently.
    const { file, notRead } = oneFileAtATime(files);
    if (file) await load(file.name, new Uint8Array(await file.arrayBuffer()));
    if (notRead) setProblem((shown) => (shown ? `${shown} ${notRead}` : notRead));
  };

  const events = loaded?.read.events ?? [];
  const errors = loaded?.read.errors ?? [];
  const updates = events.filter((e) => loaded?.existing.has(e.draft.uid)).length;
  const mayImport = events.length > 0 && (errors.length === 0 || skipBad);

  const runImport = async () => {
    if (!loaded || !mayImport) return;
    const ac = new AbortController();
    abortRef.current = ac;
    setProblem(null);
    setPhase({ step: 'saving', progress: 0 });
    try {
      const result = await importCalendarEvents(
        loaded.read.events.map((e) => e.draft),
        {
          ownerId: diary === 'office' ? undefined : diary.slice('person:'.length),
          fileName: loaded.fileName,
          signal: ac.signal,
          onProgress: (progress) => setPhase({ step: 'saving', progress }),
        },
      );
      setPhase({ step: 'done', result, diaryName });
      headingRef.current?.focus();
    } catch (e) {
      setProblem(`Nothing was imported: ${errorMessage(e)}`);
      setPhase({ step: 'preview' });
    } finally {
      abortRef.current = null;
    }
  };

  const again = () => {
    setLoaded(null);
    setPhase({ step: 'pick' });
    setProblem(null);
  };

  return (
    <div className="page cal-import">
      <header className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          Import a calendar file
        </h1>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => navigate('calendar')}>
          Back to the calendar
        </button>
      </header>

      {problem ? (
        <div className="error-box" role="alert">
          {problem}
        </div>
      ) : null}

      {phase.step === 'done' ? (
        <section className="card cal-import-result" aria-label="Import result">
          <h2>{phase.result.cancelled ? 'Import cancelled' : 'Imported'}</h2>
          <p role="status">
            {phase.result.cancelled
              ? 'Nothing was imported.'
              : `${phase.result.created} new ${phase.result.created === 1 ? 'event' : 'events'} and ${phase.result.updated} updated in ${phase.diaryName}.`}
          </p>
          <div className="cal-import-actions">
            <button type="button" className="btn btn-primary" onClick={() => navigate('calendar')}>
              Open the calendar
            </button>
            <button type="button" className="btn" onClick={again}>
              Import another file
            </button>
          </div>
        </section>
      ) : (
        <>
          <section className="card cal-import-setup" aria-label="File and diary">
            <div className="form-grid">
              <div className="field">
                <label htmlFor={`${base}-diary`} className="cal-field-caption">Import into</label>
                <select id={`${base}-diary`} value={diary} onChange={(e) => setDiary(e.target.value as DiaryKey | 'office')} disabled={phase.step === 'saving'}>
                  {people.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                      {p.detail ? ` — ${p.detail}` : ''}
                    </option>
                  ))}
                  <option value="office">Office calendar (no one’s diary)</option>
                </select>
              </div>
            </div>
            <FileDropZone
              className="cal-import-drop"
              label={loaded ? `Choose another file (now ${loaded.fileName})` : 'Choose a calendar file (.ics or .csv)'}
              disabled={phase.step === 'saving'}
              onChoose={() => void choose()}
              onFiles={(files) => void drop(files)}
              title={loaded ? loaded.fileName : 'Choose or drop a calendar file'}
              hint={loaded ? 'Click or press Enter to choose another file.' : 'An .ics export from Outlook, Google or Apple Calendar, or a .csv with title, start and end columns.'}
            />
          </section>

          {phase.step === 'pick' && !loaded ? null : loaded ? (
            <>
              <section className="card" aria-labelledby={`${base}-preview`}>
                <h2 id={`${base}-preview`}>Preview</h2>
                <p className="cal-import-summary">
                  {events.length} {events.length === 1 ? 'event' : 'events'} to import
                  {updates ? ` (${updates} already imported before: ${updates === 1 ? 'it is' : 'they are'} updated, not duplicated)` : ''}
                  {errors.length ? `; ${errors.length} cannot be read` : ''}. Times in {zoneOffsetLabel(officeZone, new Date().toISOString(), locale)}.
                </p>
                {loaded.read.warnings.map((w) => (
                  <p key={w} className="muted" role="note">
                    {w}
                  </p>
                ))}
                {events.length === 0 ? (
                  <EmptyState title="No event to import">
                    <p>{errors.length ? 'None of the events in this file can be read; see the problems below.' : 'This file holds no events.'}</p>
                  </EmptyState>
                ) : (
                  <div className="cal-import-table-wrap">
                    <table className="data-table cal-import-table" aria-label="Events in the file">
                      <thead>
                        <tr>
                          <th scope="col">Title</th>
                          <th scope="col">When (office time)</th>
                          <th scope="col">Repeats</th>
                          <th scope="col">Location</th>
                          <th scope="col">Import</th>
                        </tr>
                      </thead>
                      <tbody>
                        {events.slice(0, PREVIEW_LIMIT).map(({ draft, line }) => {
                          let when: { when: string; own: string | null };
                          try {
                            when = formatWhen(draft, officeZone, locale);
                          } catch {
                            when = { when: `${draft.start} – ${draft.end}`, own: draft.timeZone ?? null };
                          }
                          return (
                            <tr key={`${draft.uid}|${line ?? ''}`}>
                              <td>
                                {draft.title}
                                {line ? <span className="muted"> (line {line})</span> : null}
                              </td>
                              <td>
                                {when.when}
                                {when.own ? <span className="cal-import-own">{when.own}</span> : null}
                              </td>
                              <td>{repeats(draft, locale)}</td>
                              <td>{draft.location ?? ''}</td>
                              <td>{loaded.existing.has(draft.uid) ? 'Updates' : 'New'}</td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                    {events.length > PREVIEW_LIMIT ? (
                      <p className="muted">…and {events.length - PREVIEW_LIMIT} more events, not shown here; all of them are imported.</p>
                    ) : null}
                  </div>
                )}
              </section>

              {errors.length ? (
                <section className="card cal-import-errors" aria-labelledby={`${base}-errors`}>
                  <h2 id={`${base}-errors`}>
                    {errors.length} {errors.length === 1 ? 'event cannot' : 'events cannot'} be read
                  </h2>
                  <ul aria-label="Problems in the file">
                    {errors.map((e, i) => (
                      <li key={i}>
                        <b>Line {e.line}</b>
                        {e.column ? ` (${e.column})` : ''}: {e.message}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}

              <form
                className="card cal-import-confirm"
                aria-label="Confirm the import"
                onSubmit={(e) => {
                  e.preventDefault();
                  void runImport();
                }}
              >
                {errors.length && events.length ? (
                  <label className="cal-check">
                    <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)} disabled={phase.step === 'saving'} /> Import the{' '}
                    {events.length} {events.length === 1 ? 'event' : 'events'} that can be read and leave out the {errors.length} with problems
                  </label>
                ) : null}
                {phase.step === 'saving' ? (
                  <div className="cal-import-progress">
                    <ProgressBar label="Importing events" value={phase.progress} />
                    <button type="button" className="btn" onClick={() => abortRef.current?.abort()}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <div className="cal-import-actions">
                    <button type="submit" className="btn btn-primary" disabled={!mayImport}>
                      Import {events.length} {events.length === 1 ? 'event' : 'events'}
                    </button>
                    <span className="muted">into {diaryName}</span>
                  </div>
                )}
              </form>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
