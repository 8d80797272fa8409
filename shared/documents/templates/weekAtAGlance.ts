/**
 * Week at a glance (issue 13.10): several diaries for one week on a landscape page — one row per
 * diary, one column per day (Monday to Sunday, or the working week), each cell listing that
 * day's items: all-day ones first, then the timed ones with their office-zone start (and their
 * own zone when different). An item over several days shows in each day it touches. Every
 * user value is escaped.
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
.glance { table-layout: fixed; font-size: 8pt; }
.glance th, .glance td { padding: 1mm 1.2mm; border: 0.5pt solid #c8c8c8; }
.glance .c-diary { width: ${days === 7 ? 12 : 14}%; }
.glance td { overflow-wrap: anywhere; }
.report-table.glance tr { break-inside: auto; page-break-inside: auto; }
.glance .g-diary { font-weight: 600; font-size: 8.5pt; background: #f7f7f7; }
.glance .g-diary small { display: block; font-weight: 400; color: #555; }
.glance ul { list-style: none; margin: 0; padding: 0; }
.glance li { margin: 0 0 1mm; line-height: 1.25; }
.glance li.g-allday { background: #ececec; padding: 0 0.8mm; }
.glance .g-time { font-weight: 600; font-variant-numeric: tabular-nums; }
.glance .g-where { color: #555; }
.glance .g-weekend { background: #fbfbfb; }
`;

/** A cell keeps to a few lines: long places (a trip leg's route and booking) are cut with an ellipsis. */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function cellItem(item: CalendarPrintItem, date: string, zone: string, locale: string): string {
  const where = clip([item.room, item.location].filter(Boolean).join(', '), 60);
  const whereHtml = where ? ` <span class="g-where">· ${escapeHtml(where)}</span>` : '';
  const tag = item.tag ? ` <span class="cal-tag">${escapeHtml(item.tag)}</span>` : '';
  if (item.allDay) return `<li class="g-allday">${escapeHtml(item.title)}${tag}${whereHtml}</li>`;
  const started = officeDate(item.start, zone) < date;
  const endsLater = officeDate(item.end, zone) > date;
  const time = !started ? clockTime(item.start, zone, locale) : endsLater ? 'all day' : `until ${clockTime(item.end, zone, locale)}`;
  const own =
    item.timeZone && item.timeZone !== zone && !started
      ? ` <span class="g-where">(${escapeHtml(clockTime(item.start, item.timeZone, locale))} ${escapeHtml(zoneOffsetLabel(item.timeZone, item.start, locale))})</span>`
      : '';
  return `<li><span class="g-time">${escapeHtml(time)}</span> ${escapeHtml(item.title)}${tag}${own}${whereHtml}</li>`;
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
  const rows = week.diaries.map((diary) => {
    const cells = dates.map((d) => {
      const items = sortForPrint(diary.items.filter((i) => touchesDay(i, d, zone)));
      const cls = weekend(d) ? ' class="g-weekend"' : '';
      return `<td${cls}>${items.length ? `<ul>${items.map((i) => cellItem(i, d, zone, locale)).join('')}</ul>` : ''}</td>`;
    });
    return `<tr><td class="g-diary">${escapeHtml(diary.name)}${diary.detail ? `<small>${escapeHtml(diary.detail)}</small>` : ''}</td>${cells.join('')}</tr>`;
  });
  const range = `${shortDay(week.weekStart, locale)} – ${shortDay(last, locale)} ${week.weekStart.slice(0, 4)}`;

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
