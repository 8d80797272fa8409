/**
 * The day sheet (issue 13.10): one person's diary for one day on one page — all-day items on
 * top, then each appointment with its time in the office zone (and its own zone beside it when
 * different), title, who attends, room, place and notes. Trip legs, interviews and bookings
 * arrive as items like any other (the diary read merges them). Every user value is escaped.
 */
import type { CompanyProfile, PageSize } from '../types';
import {
  allDaySpan,
  CALENDAR_PRINT_STYLES,
  dayBounds,
  longDay,
  officeTimeRange,
  ownZoneLine,
  sortForPrint,
  touchesDay,
  usableLocale,
  type CalendarPrintItem,
} from './calendarPrint';
import { escapeHtml, escapeMultiline } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';
import { zoneOffsetLabel } from '../../calendar/zones';

export interface DaySheetInput {
  /** Whose diary: 'Margaret Chen'. */
  diaryName: string;
  /** Their job title, a room's capacity. */
  diaryDetail?: string | undefined;
  /** The day, 'YYYY-MM-DD' in the office zone. */
  date: string;
  officeTimeZone: string;
  /** The diary's items touching the day (others are left out). */
  items: readonly CalendarPrintItem[];
  preparedOn: string;
  pageSize?: PageSize;
}

const STYLES = `
.day-table { table-layout: fixed; }
.day-table .c-time { width: 24%; }
.day-table .c-what { width: 29%; }
.day-table .c-with { width: 19%; }
.day-table .c-where { width: 28%; }
.day-table td { overflow-wrap: anywhere; }
.day-time { font-variant-numeric: tabular-nums; }
.day-title { font-weight: 600; }
.day-allday td { background: #f4f4f4; }
`;

function withList(item: CalendarPrintItem): string {
  return (item.attendees ?? []).map((a) => escapeHtml(a)).join('<br>');
}

function whereCell(item: CalendarPrintItem): string {
  const parts: string[] = [];
  if (item.room) parts.push(`<div><b>Room:</b> ${escapeHtml(item.room)}</div>`);
  if (item.location) parts.push(`<div>${escapeHtml(item.location)}</div>`);
  if (item.notes) parts.push(`<div class="cal-notes">${escapeMultiline(item.notes)}</div>`);
  return parts.join('');
}

function whatCell(item: CalendarPrintItem): string {
  return `<span class="day-title">${escapeHtml(item.title)}</span>${item.tag ? `<span class="cal-tag">${escapeHtml(item.tag)}</span>` : ''}`;
}

export function renderDaySheetHtml(sheet: DaySheetInput, company: CompanyProfile): string {
  const locale = usableLocale(company.locale);
  const zone = sheet.officeTimeZone;
  const pageSize = sheet.pageSize ?? 'A4';
  const items = sortForPrint(sheet.items.filter((i) => touchesDay(i, sheet.date, zone)));
  const allDay = items.filter((i) => i.allDay);
  const timed = items.filter((i) => !i.allDay);
  const day = longDay(sheet.date, locale);

  const rows: string[] = [];
  for (const item of allDay)
    rows.push(
      `<tr class="day-allday"><td class="day-time">${escapeHtml(allDaySpan(item, locale))}</td><td>${whatCell(item)}</td><td>${withList(item)}</td><td>${whereCell(item)}</td></tr>`,
    );
  for (const item of timed) {
    const own = ownZoneLine(item, zone, locale);
    rows.push(
      `<tr><td class="day-time">${escapeHtml(officeTimeRange(item, sheet.date, zone, locale))}${own ? `<span class="cal-own">${escapeHtml(own)}</span>` : ''}</td><td>${whatCell(item)}</td><td>${withList(item)}</td><td>${whereCell(item)}</td></tr>`,
    );
  }

  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report">',
    '<h1 class="doc-title">DAY SHEET</h1>',
    `<p class="cal-sub">${escapeHtml(sheet.diaryName)}${sheet.diaryDetail ? ` <span class="cal-meta">${escapeHtml(sheet.diaryDetail)}</span>` : ''}</p>`,
    '<p class="cal-meta">',
    `<span>${escapeHtml(day)}</span>`,
    `<span>Times in ${escapeHtml(zoneOffsetLabel(zone, dayBounds(sheet.date, zone).from, locale))}</span>`,
    `<span>${items.length} ${items.length === 1 ? 'entry' : 'entries'}</span>`,
    `<span>Prepared ${escapeHtml(formatDocumentDate(sheet.preparedOn, locale))}</span>`,
    '</p>',
    items.length === 0
      ? '<p class="cal-empty">Nothing in the diary for this day.</p>'
      : [
          '<table class="report-table day-table"><colgroup><col class="c-time"><col class="c-what"><col class="c-with"><col class="c-where"></colgroup>',
          '<thead><tr><th>Time</th><th>Appointment</th><th>With</th><th>Room, place and notes</th></tr></thead><tbody>',
          ...rows,
          '</tbody></table>',
        ].join(''),
    '</main>',
  ].join('\n');

  return renderPage({
    title: `Day sheet ${sheet.date} - ${sheet.diaryName}`,
    pageSize,
    company,
    headerLabel: [(company.name ?? '').trim(), `Day sheet: ${sheet.diaryName}, ${day}`].filter(Boolean).join(' · '),
    extraStyles: CALENDAR_PRINT_STYLES + STYLES,
    content,
  });
}
