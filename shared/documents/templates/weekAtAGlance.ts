/**
 * Week at a glance (issue 13.10): several diaries for one week on a landscape page — one row per
 * diary, one column per day (Monday to Sunday, or the working week), each cell listing that
 * day's items one short line each: all-day ones first, then the timed ones with their
 * office-zone start and title (cut at a word with an ellipsis to fit the column; the item's own
 * zone as a short suffix when it is not the office's). An item over several days shows as one
 * line on each day it touches. A diary's row never splits across pages, and as many rows go on
 * a page as fit. Every user value is escaped.
 */
import { addDays } from '../../lib/dates';
import type { CompanyProfile, PageSize } from '../types';
import {
  CALENDAR_PRINT_STYLES,
  clockTime,
  dayBounds,
  officeDate,
  shortDay,
  sortForPrint,
  touchesDay,
  usableLocale,
  type CalendarPrintItem,
} from './calendarPrint';
import { escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';
import { zoneOffsetLabel } from '../../calendar/zones';

export interface WeekAtAGlanceDiary {
  name: string;
  detail?: string | undefined;
  items: readonly CalendarPrintItem[];
}

export interface WeekAtAGlanceInput {
  /** The first day printed, 'YYYY-MM-DD' (usually a Monday). */
  weekStart: string;
  /** 7 = the whole week, 5 = the working week. */
  days: 5 | 7;
  officeTimeZone: string;
  diaries: readonly WeekAtAGlanceDiary[];
  preparedOn: string;
  pageSize?: PageSize;
}

const STYLES = (days: number) => `
@page { size: __SIZE__ landscape; }
.report-table.glance { table-layout: fixed; font-size: 7pt; }
.report-table.glance th, .report-table.glance td { padding: 0.8mm 1.2mm; border: 0.5pt solid #c8c8c8; vertical-align: top; }
.report-table.glance th { font-size: 8pt; }
.report-table.glance .c-diary { width: ${days === 7 ? 12 : 14}%; }
.report-table.glance tr { break-inside: avoid; page-break-inside: avoid; }
.report-table.glance .g-diary { font-weight: 600; font-size: 8pt; background: #f7f7f7; overflow-wrap: anywhere; }
.report-table.glance .g-diary small { display: block; font-weight: 400; font-size: 7pt; color: #555; }
.report-table.glance ul { list-style: none; margin: 0; padding: 0; }
.report-table.glance li { margin: 0 0 0.4mm; line-height: 1.3; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.report-table.glance li.g-allday { background: #ececec; padding: 0 0.8mm; }
.report-table.glance li.g-more { color: #555; font-style: italic; }
.report-table.glance .g-time { font-weight: 600; font-variant-numeric: tabular-nums; }
.report-table.glance .g-zone { color: #555; }
.report-table.glance .g-weekend { background: #fbfbfb; }
`;

/** Lines a cell shows before '+3 more'. */
const MAX_LINES = 12;

/** Page widths less the side margins, landscape (mm). */
const CONTENT_WIDTH_MM: Record<string, number> = { A4: 297 - 40, Letter: 279.4 - 40 };

/** Roughly how many characters of 7pt sans fit on one line of a day's cell. */
export function glanceLineBudget(pageSize: PageSize, days: 5 | 7): number {
  const width = CONTENT_WIDTH_MM[pageSize] ?? CONTENT_WIDTH_MM.A4!;
  const cell = (width * (1 - (days === 7 ? 0.12 : 0.14))) / days - 2.4;
  // 7pt sans with a bold time: about 1.2 mm a character (measured in print; capitals are wider,
  // and the cell's own ellipsis is the fallback should a line of wide letters still not fit).
  return Math.max(12, Math.floor(cell / 1.2));
}

/** Text cut to `max` characters at a word boundary, with an ellipsis ('Flight to London (GMT)' → 'Flight to…'). */
export function truncateWords(text: string, max: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= max) return chars.join('');
  const room = Math.max(1, max - 1);
  const cut = chars.slice(0, room + 1).join('');
  const space = cut.lastIndexOf(' ');
  // A word boundary when there is one not too far back; else the word itself is cut.
  const kept = space >= Math.floor(room / 2) ? cut.slice(0, space) : chars.slice(0, room).join('');
  return `${kept.replace(/[\s,;:·–—-]+$/u, '')}…`;
}

/** The zone's short name at that instant as the locale writes it ('EST', 'GMT', 'GMT+1'), beside an item. */
function shortZone(zone: string, instant: string, locale: string): string {
  try {
    const name = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name) return name;
  } catch {
    // An unknown zone: its city below.
  }
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

interface GlanceLine {
  allDay: boolean;
  time: string;
  title: string;
  zone: string;
}

/** One item on one day, as one short line: time and title (and the item's own zone when not the office's). */
function lineFor(item: CalendarPrintItem, date: string, zone: string, locale: string): GlanceLine {
  if (item.allDay) return { allDay: true, time: '', title: item.title, zone: '' };
  const started = officeDate(item.start, zone) < date;
  const endsLater = officeDate(item.end, zone) > date;
  if (started && endsLater) return { allDay: true, time: '', title: item.title, zone: '' };
  const time = started ? `until ${clockTime(item.end, zone, locale)}` : clockTime(item.start, zone, locale);
  const own = item.timeZone && item.timeZone !== zone && !started ? shortZone(item.timeZone, item.start, locale) : '';
  return { allDay: false, time, title: item.title, zone: own };
}

function lineHtml(line: GlanceLine, budget: number): string {
  const suffix = line.zone ? ` (${line.zone})` : '';
  const room = Math.max(6, budget - (line.time ? Array.from(line.time).length + 1 : 0) - Array.from(suffix).length);
  const title = escapeHtml(truncateWords(line.title, room));
  if (line.allDay) return `<li class="g-allday">${title}</li>`;
  const zoneHtml = suffix ? ` <span class="g-zone">${escapeHtml(suffix.trim())}</span>` : '';
  return `<li><span class="g-time">${escapeHtml(line.time)}</span> ${title}${zoneHtml}</li>`;
}

function cellHtml(items: readonly CalendarPrintItem[], date: string, zone: string, locale: string, budget: number): string {
  const seen = new Set<string>();
  const lines: GlanceLine[] = [];
  for (const item of sortForPrint(items)) {
    const line = lineFor(item, date, zone, locale);
    // The same thing twice on a day (a trip and its leg named alike) is one line.
    const key = `${line.allDay ? 'D' : line.time}|${line.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(line);
  }
  if (!lines.length) return '';
  const shown = lines.length > MAX_LINES ? lines.slice(0, MAX_LINES - 1) : lines;
  const more = lines.length - shown.length;
  return `<ul>${shown.map((l) => lineHtml(l, budget)).join('')}${more ? `<li class="g-more">+${more} more</li>` : ''}</ul>`;
}

/** 'Mon, Dec 7 – Sun, Dec 13, 2026' / 'Mon 7 – Sun 13 Dec 2026', as the locale writes a range. */
export function weekRangeLabel(first: string, last: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(`${first}T12:00:00Z`), new Date(`${last}T12:00:00Z`));
}

export function renderWeekAtAGlanceHtml(week: WeekAtAGlanceInput, company: CompanyProfile): string {
  const locale = usableLocale(company.locale);
  const zone = week.officeTimeZone;
  const pageSize = week.pageSize ?? 'A4';
  const dates = Array.from({ length: week.days }, (_, i) => addDays(week.weekStart, i));
  const last = dates[dates.length - 1]!;
  const weekend = (d: string) => {
    const dow = new Date(`${d}T12:00:00Z`).getUTCDay();
    return dow === 0 || dow === 6;
  };

  const head = `<thead><tr><th class="c-diary">Diary</th>${dates.map((d) => `<th>${escapeHtml(shortDay(d, locale))}</th>`).join('')}</tr></thead>`;
  const budget = glanceLineBudget(pageSize, week.days);
  const rows = week.diaries.map((diary) => {
    const cells = dates.map((d) => {
      const cls = weekend(d) ? ' class="g-weekend"' : '';
      return `<td${cls}>${cellHtml(diary.items.filter((i) => touchesDay(i, d, zone)), d, zone, locale, budget)}</td>`;
    });
    return `<tr><td class="g-diary">${escapeHtml(diary.name)}${diary.detail ? `<small>${escapeHtml(diary.detail)}</small>` : ''}</td>${cells.join('')}</tr>`;
  });
  const range = weekRangeLabel(week.weekStart, last, locale);

  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report">',
    '<h1 class="doc-title">WEEK AT A GLANCE</h1>',
    '<p class="cal-meta">',
    `<span>${escapeHtml(range)}</span>`,
    `<span>${week.diaries.length} ${week.diaries.length === 1 ? 'diary' : 'diaries'}</span>`,
    `<span>Times in ${escapeHtml(zoneOffsetLabel(zone, dayBounds(week.weekStart, zone).from, locale))}</span>`,
    `<span>Prepared ${escapeHtml(formatDocumentDate(week.preparedOn, locale))}</span>`,
    '</p>',
    week.diaries.length === 0
      ? '<p class="cal-empty">No diaries chosen.</p>'
      : `<table class="report-table glance"><colgroup><col class="c-diary">${dates.map(() => '<col>').join('')}</colgroup>${head}<tbody>${rows.join('')}</tbody></table>`,
    '</main>',
  ].join('\n');

  return renderPage({
    title: `Week at a glance ${week.weekStart}`,
    pageSize,
    company,
    headerLabel: [(company.name ?? '').trim(), `Week at a glance: ${range}`].filter(Boolean).join(' · '),
    extraStyles: CALENDAR_PRINT_STYLES + STYLES(week.days).replace('__SIZE__', pageSize === 'Letter' ? 'letter' : 'A4'),
    content,
  });
}
