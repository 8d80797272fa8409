/**
 * `#/calendar` (issue 13.1–13.5): the diaries in Day, Week, Work week, Month and Agenda views
 * (react-big-calendar), several side by side as columns in Day and Week views. Times are the
 * OFFICE zone's (calendar settings) whatever the PC's zone: items are drawn as "wall Dates"
 * (calendarView.ts) and an event's own zone shows beside its time when it differs. Other
 * modules' items (interviews, bookings, maintenance, tasks, trips) are labelled and open their
 * own screens. Drag to move or resize the calendar's own events in the time views (validated
 * like any edit, clashes named in a toast). Keyboard: ←/→ move the view, ↑/↓ move between
 * entries, Enter opens, N new, T today, D/W/K/M/A switch views.
 * `#/calendar/event/<id>` opens the calendar at that event with its dialog open.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import dayjs from 'dayjs';
import en from 'dayjs/locale/en';
import { Calendar, dayjsLocalizer, type AgendaTimeProps, type Components, type Formats, type SlotInfo } from 'react-big-calendar';
import withDragAndDropExport, { type EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import { Briefcase, CalendarDays, ChevronLeft, ChevronRight, Keyboard, Lock, Package, Plane, Plus, SquareCheck, Wrench, type LucideIcon } from 'lucide-react';
import type { DiaryKey } from '../../../../shared/domain/calendar';
import { errorMessage } from '../../../../shared/lib/errors';
import { navigate } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { EmptyState } from '../../../ui/EmptyState';
import { useToast } from '../../../ui/Toast';
import { useActiveEmployees } from '../../people';
import { checkClashes } from '../clashes';
import { moveEvent, type RecurrenceScope } from '../events';
import { eventRepository } from '../repository';
import { getDiaryProfiles } from '../calendarSettings';
import { useDbQuery } from '../../../db/hooks';
import { useCalendarUi } from '../store';
import { CalendarPrintDialog } from './CalendarPrintDialog';
import { DiaryPicker } from './DiaryPicker';
import { EventDialog, type EventDialogTarget } from './EventDialog';
import { IcsExportDialog } from './IcsExportDialog';
import { ScopeDialog } from './ScopeDialog';
import { FALLBACK_SETTINGS, useCalendarSettings, useDiaryItems, useDiaryList } from './calendarHooks';
import {
  AGENDA_DAYS,
  CALENDAR_SHORTCUTS,
  CALENDAR_VIEWS,
  calendarKeyAction,
  agendaContinues,
  categoryOf,
  dateToIso,
  displayTitle,
  dateToWallString,
  defaultNewEventTimes,
  formatWallRange,
  formatWallTime,
  instantToZoneDate,
  itemAccessibleName,
  itemTarget,
  jsWeekStart,
  monthGridDays,
  nowWallDate,
  ownZoneText,
  rangeInWords,
  sourceLabel,
  touchesRange,
  stepDate,
  toCalendarEvent,
  viewInstants,
  viewRange,
  viewTitle,
  wallDateToInstant,
  wallStringToDate,
  isBusyOnly,
  type CalendarItemEvent,
  type CalendarViewName,
} from './calendarView';
import './calendar.css';
import { useCalendarAriaRepair } from './ariaRepair';

interface DiaryResource {
  id: DiaryKey;
  title: string;
  detail?: string | undefined;
}

// The addon is CommonJS with `exports.default`; with the package's Node-style interop the
// default import is that exports object, elsewhere the function itself.
const withDragAndDrop = (withDragAndDropExport as unknown as { default?: typeof withDragAndDropExport }).default ?? withDragAndDropExport;
const DnDCalendar = withDragAndDrop<CalendarItemEvent, DiaryResource>(Calendar);

const SOURCE_ICONS: Record<string, LucideIcon> = { interview: Briefcase, booking: Package, maintenance: Wrench, task: SquareCheck, trip: Plane };
const TIME_VIEWS: readonly CalendarViewName[] = ['day', 'week', 'work_week'];

/** A react-big-calendar localizer whose weeks start on the office's first weekday. */
function makeLocalizer(weekStartsOn: number) {
  const weekStart = jsWeekStart(weekStartsOn);
  dayjs.locale({ ...en, name: `en-backdesk-${weekStart}`, weekStart });
  const localizer = dayjsLocalizer(dayjs);
  // The dayjs localizer's month grid assumes Monday in leap years; use the office's own.
  const days = (date: Date) => monthGridDays(dateToIso(date), weekStartsOn).map((d) => wallStringToDate(d));
  localizer.visibleDays = days;
  localizer.firstVisibleDay = (date: Date) => days(date)[0]!;
  localizer.lastVisibleDay = (date: Date) => days(date).at(-1)!;
  return localizer;
}

/** Dates and times in the company's locale (the Dates are wall times, so no zone is applied). */
function makeFormats(locale: string): Formats {
  const fmt = (o: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat(locale, o);
    return (d: Date) => f.format(d);
  };
  const time = fmt({ hour: 'numeric', minute: '2-digit' });
  const weekday = fmt({ weekday: 'short' });
  const dayNum = fmt({ day: 'numeric' });
  const range = ({ start, end }: { start: Date; end: Date }) => formatWallRange(start, end, false, locale);
  return {
    timeGutterFormat: fmt({ hour: 'numeric' }),
    // 'Mon 30' (the locale's weekday, then the day).
    dayFormat: (d: Date) => `${weekday(d)} ${dayNum(d)}`,
    weekdayFormat: fmt({ weekday: 'short' }),
    dateFormat: fmt({ day: 'numeric' }),
    dayHeaderFormat: fmt({ dateStyle: 'full' }),
    monthHeaderFormat: fmt({ month: 'long', year: 'numeric' }),
    agendaDateFormat: fmt({ weekday: 'short', month: 'short', day: 'numeric' }),
    agendaTimeFormat: time,
    agendaTimeRangeFormat: range,
    agendaHeaderFormat: ({ start, end }: { start: Date; end: Date }) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).formatRange(start, end),
    selectRangeFormat: range,
    // The time of an entry is drawn by EventContent (with the event's own zone); rbc's label stays empty.
    eventTimeRangeFormat: () => '',
    eventTimeRangeStartFormat: () => '',
    eventTimeRangeEndFormat: () => '',
  } as Formats;
}

interface PendingMove {
  event: CalendarItemEvent;
  start: Date;
  end: Date;
  allDay: boolean;
}

export function CalendarPage({ openEventId }: { openEventId?: string | undefined }) {
  const [calendarRoot, setCalendarRoot] = useState<HTMLDivElement | null>(null);
  useCalendarAriaRepair(calendarRoot);
  const settingsRead = useCalendarSettings();
  const settings = settingsRead ?? FALLBACK_SETTINGS;
  const zone = settings.officeTimeZone;
  const { locale } = useCompanyProfile();
  const toast = useToast((s) => s.show);
  const ui = useCalendarUi();
  const diaryList = useDiaryList();
  const diaries = diaryList?.ok ? diaryList.value : undefined;
  const people = useActiveEmployees();

  // The office's "today" (not the PC's).
  const [clock, setClock] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setClock(Date.now()), 60_000);
    return () => window.clearInterval(t);
  }, []);
  const todayIso = useMemo(() => instantToZoneDate(new Date(clock).toISOString(), zone), [clock, zone]);
  const date = ui.date ?? todayIso;
  const view = ui.view;

  // First visit: show the current user's diary (or the first person's).
  useEffect(() => {
    if (ui.diariesChosen || !diaries?.length || settingsRead === undefined) return;
    const mine = settings.currentUserId ? diaries.find((d) => d.key === `person:${settings.currentUserId}`) : undefined;
    const first = mine ?? diaries.find((d) => d.kind === 'person') ?? diaries[0]!;
    ui.setDiaries([first.key]);
  }, [ui, diaries, settingsRead, settings.currentUserId]);

  // Only diaries that still exist are shown.
  const known = useMemo(() => new Map((diaries ?? []).map((d) => [d.key, d])), [diaries]);
  const selected = useMemo(() => (diaries ? ui.diaries.filter((k) => known.has(k)) : ui.diaries), [diaries, ui.diaries, known]);

  const { from, to } = useMemo(() => {
    try {
      return viewInstants(view, date, settings.weekStartsOn, zone);
    } catch {
      return { from: null, to: null };
    }
  }, [view, date, settings.weekStartsOn, zone]);
  const { items, loading, error } = useDiaryItems(from, to, selected, settings.currentUserId);

  const events = useMemo(() => {
    const out: CalendarItemEvent[] = [];
    for (const item of items) {
      try {
        out.push(toCalendarEvent(item, zone, selected));
      } catch {
        // An item with an unreadable time is left out rather than breaking the view.
      }
    }
    return out;
  }, [items, zone, selected]);

  // Only entries whose dates touch the days shown (the sources read a little wider on purpose).
  const { start: rangeStart, end: rangeEnd } = viewRange(view, date, settings.weekStartsOn);
  const shownEvents = useMemo(() => events.filter((e) => touchesRange(e, rangeStart, rangeEnd)), [events, rangeStart, rangeEnd]);

  const sideBySide = TIME_VIEWS.includes(view) && selected.length > 1;
  const resources = useMemo<DiaryResource[] | undefined>(
    () => (sideBySide ? selected.map((k) => ({ id: k, title: known.get(k)?.name ?? k, detail: known.get(k)?.detail })) : undefined),
    [sideBySide, selected, known],
  );

  const localizer = useMemo(() => makeLocalizer(settings.weekStartsOn), [settings.weekStartsOn]);
  const formats = useMemo(() => makeFormats(locale), [locale]);
  const getNow = useCallback(() => {
    try {
      return nowWallDate(zone);
    } catch {
      return new Date();
    }
  }, [zone]);

  // Dialogs.
  const [dialog, setDialog] = useState<EventDialogTarget | null>(null);
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);

  // `#/calendar/event/<id>`: the calendar at that event's date, its dialog open.
  // Read with its id, so a result left over from another link is never taken for this one.
  const linkedRead = useDbQuery(async (d) => (openEventId ? { id: openEventId, event: (await eventRepository.get(openEventId, d)) ?? null } : null), [openEventId]);
  const linked = linkedRead && linkedRead.id === openEventId ? linkedRead.event : undefined;
  const openedFor = useRef<string | undefined>(undefined);
  useEffect(() => {
    // A link to an event that was deleted (or never was): say so rather than showing the calendar silently.
    if (openEventId && linked === null && openedFor.current !== openEventId) {
      openedFor.current = openEventId;
      toast('That event no longer exists: it was deleted, or the link is wrong.');
      navigate('calendar');
      return;
    }
    if (!openEventId || !linked || openedFor.current === openEventId) return;
    openedFor.current = openEventId;
    try {
      ui.setDate(linked.allDay ? linked.start.slice(0, 10) : instantToZoneDate(linked.firstStart, zone));
    } catch {
      // The dialog still opens.
    }
    setDialog({ mode: 'edit', eventId: openEventId });
  }, [openEventId, linked, zone, ui, toast]);
  // Where focus goes back when the dialog closes: the entry it was opened from, else New event.
  const returnTo = useRef<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const closeDialog = () => {
    setDialog(null);
    if (openEventId) navigate('calendar');
    const key = returnTo.current;
    returnTo.current = null;
    requestAnimationFrame(() => {
      const el = key ? gridRef.current?.querySelector<HTMLElement>(`[data-cal-key="${CSS.escape(key)}"]`) : null;
      const target = (el?.closest<HTMLElement>('[role="button"], button') ?? null) || newButton.current;
      target?.focus();
    });
  };

  const openItem = useCallback(
    (ev: CalendarItemEvent) => {
      const t = itemTarget(ev.item);
      if (t.kind === 'event') {
        returnTo.current = ev.item.key;
        setDialog({
          mode: 'edit',
          eventId: t.id,
          occurrence: ev.item.recurring && t.recurrenceId ? { recurrenceId: t.recurrenceId, start: ev.item.start, end: ev.item.end } : undefined,
        });
      } else if (t.kind === 'href') {
        window.location.hash = t.href.replace(/^#/, '');
      } else if (isBusyOnly(ev.item)) {
        toast('A private entry: only its owner and the people allowed to see their diary can open it.');
      }
    },
    [toast],
  );

  const newEvent = useCallback(
    (start: Date, end: Date, allDay: boolean, diary?: DiaryKey) => {
      const s = allDay ? dateToIso(start) : dateToWallString(start);
      const e = allDay ? dateToIso(end) : dateToWallString(end);
      setDialog({ mode: 'new', start: s, end: e, allDay, diary: diary ?? selected[0] });
    },
    [selected],
  );
  const newEventNow = useCallback(() => {
    returnTo.current = null;
    const { start, end } = defaultNewEventTimes(date, getNow(), settings);
    newEvent(start, end, false);
  }, [date, getNow, newEvent, settings]);

  // Drag and drop (time views, the calendar's own events only).
  const doMove = useCallback(
    async (move: PendingMove, scope?: RecurrenceScope) => {
      const { event, start, end, allDay } = move;
      const item = event.item;
      try {
        const to = allDay ? { start: dateToIso(start), end: dateToIso(end), allDay: true } : { start: wallDateToInstant(start, zone), end: wallDateToInstant(end, zone), allDay: false };
        await moveEvent(item.id, to, scope && item.recurrenceId ? { recurrenceId: item.recurrenceId, scope } : undefined);
        let note = '';
        if (!allDay) {
          const personIds = item.diaries.filter((d) => d.startsWith('person:')).map((d) => d.slice(7));
          const roomId = item.diaries.find((d) => d.startsWith('room:'))?.slice(5);
          try {
            const warnings = await checkClashes({ start: to.start, end: to.end, personIds, roomId, ignore: { source: 'event', id: item.id, recurrenceId: scope === 'this' ? item.recurrenceId : undefined } });
            if (warnings.length) note = ` Clashes: ${warnings.map((w) => w.message).join('; ')}.`;
          } catch {
            // The move stands; the clash check is a warning only.
          }
        }
        toast(`Moved “${item.title}” to ${formatWallRange(start, end, allDay, locale)}.${note}`);
      } catch (e) {
        toast(`Not moved: ${errorMessage(e)}`);
      }
    },
    [zone, locale, toast],
  );
  const onDrop = useCallback(
    ({ event, start, end, isAllDay }: EventInteractionArgs<CalendarItemEvent>) => {
      if (!event.draggable) return;
      const allDay = isAllDay ?? event.allDay;
      if (allDay !== event.allDay) {
        toast('Open the event to change it to or from all day.');
        return;
      }
      const move = { event, start: new Date(start), end: new Date(end), allDay };
      if (move.start.getTime() === event.start.getTime() && move.end.getTime() === event.end.getTime()) return;
      if (event.item.recurring) setPendingMove(move);
      else void doMove(move);
    },
    [doMove, toast],
  );

  // Keyboard.
  const gridRef = useRef<HTMLDivElement>(null);
  const setDate = ui.setDate;
  const setView = ui.setView;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (dialog || printing || exporting || pendingMove || document.querySelector('dialog[open]')) return;
      const action = calendarKeyAction(e);
      if (!action) return;
      e.preventDefault();
      switch (action.type) {
        case 'step':
          setDate(stepDate(view, date, action.direction));
          break;
        case 'today':
          setDate(null);
          break;
        case 'new':
          newEventNow();
          break;
        case 'view':
          setView(action.view);
          break;
        case 'focus': {
          const all = [...(gridRef.current?.querySelectorAll<HTMLElement>('[data-cal-item]') ?? [])]
            .map((el) => ({ el: (el.closest('[role="button"]') as HTMLElement | null) ?? (el.closest('button') as HTMLElement | null), start: el.dataset.start ?? '', x: el.getBoundingClientRect().left }))
            .filter((x): x is { el: HTMLElement; start: string; x: number } => !!x.el)
            .sort((a, b) => a.start.localeCompare(b.start) || a.x - b.x);
          if (!all.length) return;
          const at = all.findIndex((x) => x.el === document.activeElement || x.el.contains(document.activeElement));
          const next = at < 0 ? (action.direction > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + action.direction));
          all[next]!.el.focus();
          all[next]!.el.scrollIntoView({ block: 'nearest' });
          break;
        }
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [dialog, printing, exporting, pendingMove, view, date, setDate, setView, newEventNow]);

  const components = useMemo<Components<CalendarItemEvent, DiaryResource>>(() => {
    // The time grid's own entries are buttons already; the month grid's and the all-day row's are
    // made buttons here (focusable, named, reached by ↑/↓; Enter reaches rbc's key handler).
    const EventContent = ({ event }: { event: CalendarItemEvent }) => <EventBody event={event} zone={zone} locale={locale} focusable={view === 'month' || event.allDay} />;
    const AgendaEvent = ({ event }: { event: CalendarItemEvent }) => (
      <button
        type="button"
        className="cal-agenda-item"
        onClick={(e) => {
          e.stopPropagation();
          openItem(event);
        }}
      >
        <EventBody event={event} zone={zone} locale={locale} agenda />
      </button>
    );
    // Only a span over several days is marked as going on (« from before, » after).
    const AgendaTime = ({ event: ev, day, label }: AgendaTimeProps) => {
      const event = ev as CalendarItemEvent;
      const { prior, after } = agendaContinues(event, day);
      return (
        <span className="cal-agenda-time">
          {prior ? '« ' : ''}
          {event.allDay ? 'All day' : label}
          {after ? ' »' : ''}
        </span>
      );
    };
    return {
      event: EventContent,
      agenda: { event: AgendaEvent, time: AgendaTime },
      resourceHeader: ({ resource }) => (
        <span className="cal-resource-head" title={resource.detail ? `${resource.title} — ${resource.detail}` : resource.title}>
          {resource.title}
        </span>
      ),
    };
  }, [zone, locale, openItem, view]);

  const eventPropGetter = useCallback(
    (ev: CalendarItemEvent) => ({
      className: [
        'cal-item',
        `cal-cat-${categoryOf(ev.item)}`,
        ev.item.source !== 'event' ? 'cal-item-other' : '',
        isBusyOnly(ev.item) ? 'cal-item-busy' : '',
        ev.item.busy === false ? 'cal-item-free' : '',
      ]
        .filter(Boolean)
        .join(' '),
    }),
    [],
  );
  const dayPropGetter = useCallback((d: Date) => (dateToIso(d) === todayIso ? { className: 'cal-today' } : {}), [todayIso]);

  const title = viewTitle(view, date, settings.weekStartsOn, locale);
  const noDiaries = diaryList?.ok && !diaryList.value.some((d) => d.kind !== 'office');
  const isTimeView = TIME_VIEWS.includes(view);
  // Scroll to the working day's start (the first ticked diary's own hours, else the office's),
  // or to the first timed entry of the days shown when that is earlier (an 8:00 dentist).
  const firstDiary = selected[0];
  const profile = useDbQuery(async (d) => (firstDiary ? ((await getDiaryProfiles([firstDiary], d)).get(firstDiary) ?? null) : null), [firstDiary]);
  const dayStart = profile?.start ?? settings.start;
  const firstTimed = useMemo(() => {
    let min: number | null = null;
    for (const e of shownEvents) if (!e.allDay) min = Math.min(min ?? Infinity, e.start.getHours() * 60 + e.start.getMinutes());
    return min;
  }, [shownEvents]);
  const scrollMinutes = Math.min((Number(dayStart.slice(0, 2)) || 8) * 60 + (Number(dayStart.slice(3, 5)) || 0), firstTimed ?? Infinity);
  const scrollTo = useMemo(() => new Date(1970, 0, 1, Math.floor(scrollMinutes / 60), 0, 0), [scrollMinutes]);
  // react-big-calendar scrolls only when it mounts (before the entries are read): scroll again
  // once per days-and-diaries shown, when their entries are in (not while the user is scrolling).
  const scrolledFor = useRef('');
  const scrollKey = `${view}|${date}|${selected.join(',')}`;
  useEffect(() => {
    if (loading || !isTimeView || scrolledFor.current === scrollKey) return;
    const content = gridRef.current?.querySelector<HTMLElement>('.rbc-time-content');
    if (!content) return;
    scrolledFor.current = scrollKey;
    content.scrollTop = (content.scrollHeight * Math.floor(scrollMinutes / 60) * 60) / (24 * 60);
  }, [loading, isTimeView, scrollKey, scrollMinutes]);
  const staff = people ?? [];
  const currentName = staff.find((p) => p.id === settings.currentUserId)?.name;
  const periodWord = view === 'day' ? 'day' : view === 'month' ? 'month' : view === 'agenda' ? `${AGENDA_DAYS} days` : 'week';

  return (
    <div className="page cal-page">
      <header className="page-header cal-header">
        <h1>Calendar</h1>
        <nav className="cal-links" aria-label="Calendar screens">
          <a href="#/calendar/find-time">Find a time</a>
          <a href="#/calendar/trips">Trips</a>
          <a href="#/calendar/rooms">Rooms</a>
          <a href="#/calendar/import">Import</a>
        </nav>
        <span className="spacer" />
        <button type="button" className="btn" onClick={() => setPrinting(true)}>
          Print…
        </button>
        <button type="button" className="btn" onClick={() => setExporting(true)}>
          Export .ics…
        </button>
        <button ref={newButton} type="button" className="btn btn-primary" onClick={newEventNow} aria-keyshortcuts="N">
          <Plus size={16} aria-hidden="true" /> New event
        </button>
      </header>
      {noDiaries ? (
        <EmptyState icon={CalendarDays} title="No diaries yet">
          <p className="muted">
            Diaries belong to people, rooms and bookable equipment. Add staff in <a href="#/people">People</a> or a meeting room under{' '}
            <a href="#/calendar/rooms">Rooms</a>, then come back to plan their time.
          </p>
        </EmptyState>
      ) : (
        <div className="cal-layout" ref={setCalendarRoot}>
          <aside className="cal-side">
            <DiaryPicker diaries={diaries} selected={selected} onToggle={ui.toggleDiary} onClear={() => ui.setDiaries([])} />
            {diaryList && !diaryList.ok ? (
              <p className="error-box" role="alert">
                The diaries could not be read: {diaryList.error}
              </p>
            ) : null}
            <div className="card cal-viewer">
              <p className="cal-hint">
                Times in office time: <strong>{zone.replace(/_/g, ' ')}</strong>.
              </p>
              <p className="cal-hint">
                {currentName ? (
                  <>
                    Viewing as <strong>{currentName}</strong>: their private entries, and those of the diaries they may see, show in full.
                  </>
                ) : (
                  <>Nobody is set as using this PC: private entries read “Busy”.</>
                )}{' '}
                <a href="#/settings">Calendar settings</a>
              </p>
            </div>
          </aside>
          <section className="cal-main card" aria-label="Diary view">
            <div className="cal-toolbar" role="toolbar" aria-label="Calendar navigation">
              <div className="cal-nav">
                <button type="button" className="btn" onClick={() => ui.setDate(null)} aria-keyshortcuts="T">
                  Today
                </button>
                <button type="button" className="btn cal-icon-btn" onClick={() => ui.setDate(stepDate(view, date, -1))} aria-label={`Back one ${periodWord}`} title={`Back one ${periodWord} (←)`}>
                  <ChevronLeft size={16} aria-hidden="true" />
                </button>
                <button type="button" className="btn cal-icon-btn" onClick={() => ui.setDate(stepDate(view, date, 1))} aria-label={`Next ${periodWord}`} title={`Next ${periodWord} (→)`}>
                  <ChevronRight size={16} aria-hidden="true" />
                </button>
                <h2 className="cal-title" aria-live="polite">
                  {title}
                </h2>
              </div>
              <div className="cal-views" role="group" aria-label="View">
                {CALENDAR_VIEWS.map((v) => (
                  <button key={v.id} type="button" className="btn" aria-pressed={view === v.id} onClick={() => ui.setView(v.id)}>
                    {v.label}
                  </button>
                ))}
              </div>
              <ShortcutHelp />
            </div>
            <div className="cal-status" aria-live="polite">
              {error ? (
                <span className="cal-status-error" role="alert">
                  The diaries could not be read: {error}
                </span>
              ) : selected.length === 0 ? (
                <span className="muted">Tick one or more diaries on the left to see their entries.</span>
              ) : loading ? (
                <span className="muted">Loading…</span>
              ) : shownEvents.length === 0 ? (
                <span className="muted">
                  Nothing in {selected.length === 1 ? 'this diary' : 'these diaries'} {rangeInWords(view, date, settings.weekStartsOn, locale)}. Drag over free time or press N to add an event.
                </span>
              ) : (
                <span className="muted">
                  {shownEvents.length} {shownEvents.length === 1 ? 'entry' : 'entries'}
                  {sideBySide ? ` · ${selected.length} diaries side by side` : selected.length > 1 ? ` · ${selected.length} diaries` : ''}
                  {isTimeView ? ' · drag to move or resize' : ''}
                </span>
              )}
            </div>
            <div
              className={`cal-grid cal-view-${view}${sideBySide ? ' cal-side-by-side' : ''}`}
              ref={gridRef}
              style={sideBySide ? ({ '--cal-diaries': selected.length } as CSSProperties) : undefined}
            >
              <DnDCalendar
                localizer={localizer}
                culture={`en-backdesk-${jsWeekStart(settings.weekStartsOn)}`}
                formats={formats}
                events={shownEvents}
                date={wallStringToDate(date)}
                view={view}
                views={['day', 'week', 'work_week', 'month', 'agenda']}
                length={AGENDA_DAYS}
                toolbar={false}
                getNow={getNow}
                onNavigate={(d) => ui.setDate(dateToIso(d))}
                onView={(v) => ui.setView(v as CalendarViewName)}
                {...(resources ? { resources, resourceIdAccessor: 'id' as const, resourceTitleAccessor: 'title' as const, resourceAccessor: 'resourceId' as const, resourceGroupingLayout: true } : {})}
                selectable
                onSelectSlot={(slot: SlotInfo) => {
                  if (slot.action === 'click') return;
                  const midnight = (d: Date) => d.getHours() === 0 && d.getMinutes() === 0;
                  // The month grid and the all-day row give whole days (end exclusive); the time grid gives times.
                  const allDay = !isTimeView || (midnight(slot.start) && midnight(slot.end) && slot.end.getTime() - slot.start.getTime() >= 23 * 3_600_000);
                  const diary = typeof slot.resourceId === 'string' ? (slot.resourceId as DiaryKey) : undefined;
                  newEvent(slot.start, slot.end, allDay, diary);
                }}
                onSelectEvent={openItem}
                onKeyPressEvent={(ev, e) => {
                  const key = (e as unknown as KeyboardEvent).key;
                  if (key === 'Enter' || key === ' ') {
                    e.preventDefault();
                    openItem(ev);
                  }
                }}
                draggableAccessor={(ev) => ev.draggable && isTimeView}
                resizableAccessor={(ev) => ev.draggable && isTimeView && !ev.allDay}
                onEventDrop={onDrop}
                onEventResize={onDrop}
                eventPropGetter={eventPropGetter}
                dayPropGetter={dayPropGetter}
                components={components}
                scrollToTime={scrollTo}
                step={15}
                timeslots={4}
                showMultiDayTimes
                popup
                tooltipAccessor={null}
                messages={{ noEventsInRange: 'Nothing in the chosen diaries in these days.', showMore: (n: number) => `+${n} more` }}
              />
            </div>
          </section>
        </div>
      )}
      {dialog ? (
        <EventDialog
          key={dialog.mode === 'edit' ? `${dialog.eventId}|${dialog.occurrence?.recurrenceId ?? ''}` : `new|${dialog.start}`}
          target={dialog}
          officeZone={zone}
          defaultReminderMinutes={settings.defaultReminderMinutes}
          currentUserId={settings.currentUserId}
          locale={locale}
          onClose={closeDialog}
        />
      ) : null}
      {pendingMove ? (
        <ScopeDialog
          action="move"
          title={pendingMove.event.item.title}
          onChoose={(scope) => {
            const move = pendingMove;
            setPendingMove(null);
            void doMove(move, scope);
          }}
          onCancel={() => setPendingMove(null)}
        />
      ) : null}
      {printing ? <CalendarPrintDialog open={printing} onClose={() => setPrinting(false)} date={date} diaries={selected} /> : null}
      {exporting ? <IcsExportDialog open={exporting} onClose={() => setExporting(false)} diaries={selected} from={rangeStart} to={rangeEnd} /> : null}
    </div>
  );
}

/** An entry's face: kind icon and label for other modules' items, title, time (with its own zone), detail. Its first text is the accessible name. */
function EventBody({ event, zone, locale, agenda = false, focusable = false }: { event: CalendarItemEvent; zone: string; locale: string; agenda?: boolean; focusable?: boolean }) {
  const { item } = event;
  const kind = sourceLabel(item.source);
  const Icon = SOURCE_ICONS[item.source];
  const busy = isBusyOnly(item);
  const own = ownZoneText(item, zone, locale);
  const name = itemAccessibleName(event, zone, locale);
  return (
    <span className="cal-ev" data-cal-item="" data-cal-key={item.key} data-start={event.start.toISOString()} title={name} {...(focusable ? { role: 'button', tabIndex: 0 } : {})}>
      <span className="sr-only">{name}</span>
      <span className="cal-ev-face" aria-hidden="true">
        <span className="cal-ev-title">
          {busy ? <Lock size={12} className="cal-ev-icon" /> : Icon ? <Icon size={12} className="cal-ev-icon" /> : null}
          {kind ? <span className="cal-ev-kind">{kind}</span> : null}
          {displayTitle(item)}
          {!event.allDay ? <span className="cal-ev-start">{formatWallTime(event.start, locale)}</span> : null}
        </span>
        {!agenda ? <span className="cal-ev-time">{formatWallRange(event.start, event.end, event.allDay, locale)}</span> : null}
        {own ? <span className="cal-ev-zone">{own}</span> : null}
        {item.detail && !busy ? <span className="cal-ev-detail">{item.detail}</span> : null}
      </span>
    </span>
  );
}

function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  return (
    <div className="cal-help">
      <button type="button" className="btn cal-icon-btn" aria-expanded={open} aria-controls="cal-shortcuts" onClick={() => setOpen((o) => !o)} title="Keyboard shortcuts">
        <Keyboard size={16} aria-hidden="true" />
        <span className="sr-only">Keyboard shortcuts</span>
      </button>
      {open ? (
        <div id="cal-shortcuts" className="cal-help-pop card" role="region" aria-label="Keyboard shortcuts">
          <dl>
            {CALENDAR_SHORTCUTS.map((s) => (
              <div key={s.keys}>
                <dt>
                  <kbd>{s.keys}</kbd>
                </dt>
                <dd>{s.what}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">Not while typing in a field. Drag over free time to add an event there.</p>
        </div>
      ) : null}
    </div>
  );
}
