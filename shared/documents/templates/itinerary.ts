/**
 * A trip's itinerary (issue 13.8): the traveller, purpose, destination and dates at the top,
 * then every DAY of the trip with what happens on it at LOCAL times — each time in its own
 * zone with the zone's name and offset ('10:30 London (GMT) → 13:25 New York (GMT-5)') — the
 * carrier and number, places and hotel addresses, confirmation codes, and optionally costs.
 * A hotel stay shows on its check-in day, on each night in between and on its check-out day.
 * Under the company letterhead like every document; every user value is escaped here.
 */
import { formatMoney } from '../../lib/money';
import { addDays } from '../../lib/dates';
import { wallToUtc, zoneOffsetLabel } from '../../calendar/zones';
import type { CompanyProfile, PageSize } from '../types';
import { escapeHtml } from './escape';
import { formatDocumentDate } from './format';
import { renderPage } from './layout';
import { REPORT_STYLES } from './reportStyles';

export type ItineraryLegKind = 'flight' | 'train' | 'car' | 'hotel' | 'other';

export interface ItineraryLeg {
  kind: ItineraryLegKind;
  /** 'Flight BA117 London Heathrow → New York JFK', as the screens call it. */
  title: string;
  carrier?: string | undefined;
  number?: string | undefined;
  /** Departure place; for a hotel, its address. */
  from?: string | undefined;
  to?: string | undefined;
  /** Wall times 'YYYY-MM-DDTHH:mm[:ss]' in their own zones. */
  start: string;
  startTimeZone: string;
  end: string;
  endTimeZone: string;
  confirmation?: string | undefined;
  costCents?: number | undefined;
  notes?: string | undefined;
}

export interface ItineraryInput {
  pageSize?: PageSize;
  preparedOn: string;
  traveller: string;
  purpose: string;
  destination?: string | undefined;
  /** 'YYYY-MM-DD', both inclusive. */
  startDate: string;
  endDate: string;
  /** 'Booked', 'Planned'… */
  status?: string | undefined;
  legs: readonly ItineraryLeg[];
  notes?: string | undefined;
  /** Print each leg's cost and the totals (estimate vs actual when given). */
  showCosts?: boolean;
  estimateCents?: number | undefined;
  actualCents?: number | undefined;
}

const STYLES = `
.itin-title { font-size: 18pt; letter-spacing: 0.01em; overflow-wrap: anywhere; margin-bottom: 1mm; }
.itin-facts { display: grid; grid-template-columns: 28mm 1fr; gap: 1mm 4mm; margin: 0 0 5mm; font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; }
.itin-facts dt { color: #555; }
.itin-facts dd { margin: 0; overflow-wrap: anywhere; }
.itin-day { break-inside: avoid; page-break-inside: avoid; margin: 0 0 4mm; }
.itin-day h2 { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 11.5pt; margin: 0 0 1.5mm; padding: 1mm 2mm; background: #efefef; border-left: 2pt solid #1a1a1a; break-after: avoid; }
.itin-table { table-layout: fixed; margin-bottom: 0; }
.itin-table td { overflow-wrap: anywhere; }
.itin-when { display: block; font-weight: 600; font-variant-numeric: tabular-nums; }
.itin-cost { width: 26mm; }
.itin-what { display: block; }
.itin-line { display: block; color: #333; font-size: 9pt; }
.itin-code { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-weight: 600; letter-spacing: 0.04em; }
.itin-empty { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #555; margin: 0 2mm; }
.itin-notes { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 4mm; }
`;

/** 'London (GMT)', 'New York (GMT-5)' for the zone at that instant. */
export function itineraryZoneLabel(zone: string, instant: string, locale: string): string {
  // Some ICU versions write Greenwich time as 'GMT+0'; paper reads better as 'GMT'.
  return zoneOffsetLabel(zone, instant, locale).replace(/\(GMT\+0\)$/, '(GMT)');
}

/** A wall time's clock reading in the locale's style ('10:30', '10:30 AM'), never shifted by a zone. */
function clock(wall: string, locale: string): string {
  const [date, time = '00:00'] = wall.split('T');
  const ms = Date.parse(`${date}T${time.slice(0, 5)}:00Z`);
  if (Number.isNaN(ms)) return wall;
  const twelveHour = /h1[12]/.test(new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle ?? '');
  return new Intl.DateTimeFormat(locale, { hour: twelveHour ? 'numeric' : '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(ms);
}

function weekdayDate(date: string, locale: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms);
}

function shortDate(date: string, locale: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(ms);
}

function safeInstant(wall: string, zone: string): string {
  try {
    return wallToUtc(wall, zone);
  } catch {
    return '';
  }
}

interface DayRow {
  sortKey: string;
  html: string;
}

/** The itinerary as one standalone printable page (one or more sheets). */
export function renderItineraryHtml(input: ItineraryInput, company: CompanyProfile): string {
  const currency = company.currency || 'USD';
  const locale = company.locale || 'en-US';
  const t = (s: string | undefined) => escapeHtml(s ?? '');
  const money = (c: number) => escapeHtml(formatMoney(c, currency, locale));
  const showCosts = input.showCosts === true;

  const legs = input.legs
    .map((leg) => ({ leg, startAt: safeInstant(leg.start, leg.startTimeZone), endAt: safeInstant(leg.end, leg.endTimeZone) }))
    .sort((a, b) => a.startAt.localeCompare(b.startAt) || a.leg.start.localeCompare(b.leg.start));

  // The days: the trip's dates, widened to any leg starting or ending outside them.
  let first = input.startDate;
  let last = input.endDate < input.startDate ? input.startDate : input.endDate;
  for (const { leg } of legs) {
    const s = leg.start.slice(0, 10);
    const e = leg.end.slice(0, 10);
    if (s < first) first = s;
    if (e > last) last = e;
  }
  const days: string[] = [];
  for (let d = first; d <= last && days.length < 400; d = addDays(d, 1)) days.push(d);
  const rows = new Map<string, DayRow[]>(days.map((d) => [d, []]));

  const zoneAt = (zone: string, at: string) => escapeHtml(itineraryZoneLabel(zone, at, locale));
  const codeLine = (leg: ItineraryLeg) =>
    leg.confirmation ? `<span class="itin-line">Confirmation <span class="itin-code">${t(leg.confirmation)}</span></span>` : '';
  const costCell = (cents: number | undefined) => (showCosts ? `<td class="num">${cents !== undefined ? money(cents) : ''}</td>` : '');
  const notesLine = (leg: ItineraryLeg) => (leg.notes ? `<span class="itin-line">${t(leg.notes)}</span>` : '');
  const row = (time: string, what: string, lines: string, cents?: number) =>
    `<tr><td><span class="itin-when">${time}</span><span class="itin-what">${what}</span>${lines}</td>${costCell(cents)}</tr>`;

  for (const { leg, startAt, endAt } of legs) {
    const startDay = leg.start.slice(0, 10);
    const endDay = leg.end.slice(0, 10);
    const startLabel = `${escapeHtml(clock(leg.start, locale))} ${zoneAt(leg.startTimeZone, startAt)}`;
    const endLabel = `${escapeHtml(clock(leg.end, locale))} ${zoneAt(leg.endTimeZone, endAt)}`;
    if (leg.kind === 'hotel') {
      const name = t(leg.carrier || leg.title);
      const address = leg.from ? `<span class="itin-line">${t(leg.from)}</span>` : '';
      rows.get(startDay)?.push({
        sortKey: startAt,
        html: row(`Check in ${startLabel}`, `Hotel: ${name}`, `${address}<span class="itin-line">Check out ${escapeHtml(shortDate(endDay, locale))} ${endLabel}</span>${codeLine(leg)}${notesLine(leg)}`, leg.costCents),
      });
      for (let d = addDays(startDay, 1); d < endDay; d = addDays(d, 1)) {
        rows.get(d)?.push({ sortKey: `${d}T23:59`, html: row('Overnight', `Staying at ${name}`, address, undefined) });
      }
      if (endDay > startDay) rows.get(endDay)?.push({ sortKey: endAt, html: row(`Check out ${endLabel}`, `Hotel: ${name}`, address, undefined) });
      continue;
    }
    const arrives = endDay === startDay ? endLabel : `${endLabel}, ${escapeHtml(shortDate(endDay, locale))}`;
    const carrier = leg.carrier && leg.number ? `<span class="itin-line">${t(leg.carrier)}</span>` : '';
    // The places, unless the title already names them.
    const named = [leg.from, leg.to].filter((p): p is string => !!p);
    const route = named.length && !named.every((p) => leg.title.includes(p)) ? `<span class="itin-line">${named.map((p) => t(p)).join(' → ')}</span>` : '';
    rows.get(startDay)?.push({
      sortKey: startAt,
      html: row(`${startLabel} → ${arrives}`, t(leg.title), `${carrier}${route}${codeLine(leg)}${notesLine(leg)}`, leg.costCents),
    });
    // Landing on a later day: that morning's page says so too.
    if (endDay > startDay) rows.get(endDay)?.push({ sortKey: endAt, html: row(`Arrive ${endLabel}`, t(leg.title), '', undefined) });
  }

  const costHead = showCosts ? '<th class="num">Cost</th>' : '';
  const costCol = showCosts ? '<col class="itin-cost">' : '';
  const daySections = days.map((d) => {
    const list = (rows.get(d) ?? []).sort((a, b) => a.sortKey.localeCompare(b.sortKey));
    const body = list.length
      ? `<table class="report-table itin-table"><colgroup><col>${costCol}</colgroup><thead><tr><th>Local time and booking</th>${costHead}</tr></thead><tbody>${list.map((r) => r.html).join('')}</tbody></table>`
      : '<p class="itin-empty">Nothing booked.</p>';
    return `<section class="itin-day"><h2>${escapeHtml(weekdayDate(d, locale))}</h2>${body}</section>`;
  });

  const legCents = input.legs.reduce((s, l) => s + (l.costCents ?? 0), 0);
  const dates =
    input.startDate === input.endDate
      ? escapeHtml(formatDocumentDate(input.startDate, locale))
      : `${escapeHtml(formatDocumentDate(input.startDate, locale))} – ${escapeHtml(formatDocumentDate(input.endDate, locale))}`;
  const facts: [string, string][] = [
    ['Traveller', t(input.traveller)],
    ['Purpose', t(input.purpose)],
    ...(input.destination ? ([['Destination', t(input.destination)]] as [string, string][]) : []),
    ['Dates', dates],
    ...(input.status ? ([['Status', t(input.status)]] as [string, string][]) : []),
  ];
  const summary = showCosts
    ? [
        '<div class="report-summary">',
        `<div><small>Bookings</small><b>${money(legCents)}</b></div>`,
        input.estimateCents !== undefined ? `<div><small>Estimate</small><b>${money(input.estimateCents)}</b></div>` : '',
        input.actualCents !== undefined ? `<div><small>Actual (expenses)</small><b>${money(input.actualCents)}</b></div>` : '',
        '</div>',
      ].join('')
    : '';

  const content = [
    REPORT_STYLES,
    '<main class="doc doc-report doc-itinerary">',
    `<h1 class="doc-title itin-title">Itinerary: ${t(input.purpose)}</h1>`,
    `<p class="report-meta"><span>Travel itinerary</span><span>Prepared ${escapeHtml(formatDocumentDate(input.preparedOn, locale))}</span><span>Times are local, each in its own zone</span></p>`,
    `<dl class="itin-facts">${facts.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`,
    summary,
    input.notes ? `<p class="itin-notes">${t(input.notes)}</p>` : '',
    legs.length === 0 ? '<p class="itin-empty">No travel or hotel booked yet.</p>' : '',
    ...daySections,
    '</main>',
  ].join('\n');

  const shortPurpose = input.purpose.length > 60 ? `${input.purpose.slice(0, 57)}…` : input.purpose;
  return renderPage({
    title: `Itinerary: ${input.traveller} – ${input.purpose}`,
    pageSize: input.pageSize ?? 'A4',
    company,
    headerLabel: [(company.name ?? '').trim(), `Itinerary: ${input.traveller} – ${shortPurpose}`].filter(Boolean).join(' · '),
    extraStyles: STYLES,
    content,
  });
}
