/**
 * A day's "While you were out" message slips (issue 14.4), three to a page on A4 and on US
 * Letter with a cut line between them (each slip a fixed 80 mm; a longer message is cut short
 * with "…" rather than pushing the third slip onto a page of its own), for people without a screen: for whom, date and time, from, of (company),
 * phone, the classic tick boxes (telephoned, please call, will call again, urgent, returned
 * your call, wants to see you), the message and who took it. A4 or US Letter; every user
 * value is escaped.
 */
import type { CompanyProfile, PageSize } from '../types';
import { escapeHtml, escapeMultiline } from './escape';
import { renderPage } from './layout';

/** The slip's tick boxes, in the pad's order. */
export const SLIP_BOXES = [
  ['telephoned', 'Telephoned'],
  ['pleaseCall', 'Please call'],
  ['willCallAgain', 'Will call again'],
  ['urgent', 'Urgent'],
  ['returnedCall', 'Returned your call'],
  ['wantsToSeeYou', 'Wants to see you'],
] as const;
export type SlipBox = (typeof SLIP_BOXES)[number][0];

export interface MessageSlipEntry {
  /** Whom the message is for. */
  forName: string;
  /** When the call came (ISO instant). */
  takenAt: string;
  from: string;
  company?: string | undefined;
  phone?: string | undefined;
  subject?: string | undefined;
  message?: string | undefined;
  takenBy?: string | undefined;
  boxes: readonly SlipBox[];
}

export interface MessageSlipsInput {
  /** The day printed, 'YYYY-MM-DD' (the heading and the title). */
  date: string;
  slips: readonly MessageSlipEntry[];
  pageSize?: PageSize;
  /** IANA zone the times are shown in; the PC's own when absent. */
  timeZone?: string | undefined;
}

/** Slips on one sheet: each a fixed height so three fit US Letter (the shorter paper) with its cut lines. */
export const SLIPS_PER_PAGE = 3;

const STYLES = `
@page { margin: 8mm 12mm; }
.slips-page { break-inside: avoid; }
.slips-page + .slips-page { break-before: page; }
.slips { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; }
.slips-head { display: flex; justify-content: space-between; font-size: 8pt; color: #555; margin: 0 0 3mm; }
.ms { break-inside: avoid; page-break-inside: avoid; border: 1pt solid #1a1a1a; padding: 3.5mm 5mm 3mm; height: 80mm; display: flex; flex-direction: column; overflow: hidden; }
.ms-title { font-size: 12pt; letter-spacing: 0.14em; text-align: center; margin: 0 0 2.5mm; padding-bottom: 1.5mm; border-bottom: 0.75pt solid #1a1a1a; }
.ms-row { display: flex; gap: 6mm; }
.ms-row .ms-line { flex: 1; }
.ms-line { display: flex; gap: 2mm; align-items: baseline; margin: 0 0 1.6mm; min-width: 0; }
.ms-label { font-weight: 600; color: #444; white-space: nowrap; }
.ms-value { flex: 1; border-bottom: 0.5pt solid #888; min-height: 4.2mm; overflow-wrap: anywhere; }
.ms-boxes { list-style: none; padding: 0; margin: 1.5mm 0 2mm; display: grid; grid-template-columns: repeat(3, 1fr); gap: 1.2mm 4mm; }
.ms-box { display: flex; align-items: center; gap: 1.6mm; }
.ms-tick { display: inline-block; width: 3.4mm; height: 3.4mm; border: 0.75pt solid #1a1a1a; font-size: 7.5pt; line-height: 3.1mm; text-align: center; font-weight: 700; }
.ms-on { font-weight: 600; }
.ms-message { border: 0.5pt solid #aaa; flex: 0 0 auto; height: 22mm; padding: 1.5mm 2.5mm; margin: 1mm 0 2mm; overflow: hidden; overflow-wrap: anywhere; }
.ms-message-text { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; line-height: 1.3; }
.ms-cut { border: 0; border-top: 0.75pt dashed #777; margin: 3mm 0; height: 0; }
.slips-empty { font-style: italic; }
`;

function locale(company: CompanyProfile): string | undefined {
  try {
    return company.locale ? new Intl.Locale(company.locale).toString() : undefined;
  } catch {
    return undefined;
  }
}

function line(label: string, value: string | undefined, cls = ''): string {
  return `<div class="ms-line${cls}"><span class="ms-label">${escapeHtml(label)}</span><span class="ms-value">${escapeHtml((value ?? '').trim())}</span></div>`;
}

function slipHtml(s: MessageSlipEntry, lang: string | undefined, timeZone: string | undefined): string {
  const at = new Date(s.takenAt);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone }).format(at);
  const time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone }).format(at);
  const on = new Set(s.boxes);
  const boxes = SLIP_BOXES.map(
    ([key, label]) =>
      `<li class="ms-box${on.has(key) ? ' ms-on' : ''}"><span class="ms-tick">${on.has(key) ? 'X' : ''}</span>${escapeHtml(label)}</li>`,
  ).join('');
  const message = [s.subject?.trim() ? `Re: ${s.subject.trim()}` : '', (s.message ?? '').trim()].filter(Boolean).join('\n');
  return [
    '<section class="ms">',
    '<h2 class="ms-title">WHILE YOU WERE OUT</h2>',
    `<div class="ms-row">${line('For:', s.forName)}${line('Date:', date)}${line('Time:', time)}</div>`,
    `<div class="ms-row">${line('From:', s.from)}${line('Of:', s.company)}${line('Phone:', s.phone)}</div>`,
    `<ul class="ms-boxes">${boxes}</ul>`,
    `<div class="ms-line"><span class="ms-label">Message:</span></div>`,
    `<div class="ms-message"><div class="ms-message-text">${escapeMultiline(message)}</div></div>`,
    line('Taken by:', s.takenBy),
    '</section>',
  ].join('');
}

export function renderMessageSlipsHtml(input: MessageSlipsInput, company: CompanyProfile): string {
  const lang = locale(company);
  const day = (() => {
    const [y, m, d] = input.date.split('-').map(Number) as [number, number, number];
    try {
      return new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
    } catch {
      return input.date;
    }
  })();
  const count = `${input.slips.length} ${input.slips.length === 1 ? 'message' : 'messages'}`;
  const cut = '<hr class="ms-cut" aria-hidden="true">';
  // Three to a sheet: each sheet's slips in a block that starts a new page.
  const sheets: string[] = [];
  for (let i = 0; i < input.slips.length; i += SLIPS_PER_PAGE) {
    const slipsOfSheet = input.slips.slice(i, i + SLIPS_PER_PAGE).map((s) => slipHtml(s, lang, input.timeZone));
    sheets.push(`<div class="slips-page">${slipsOfSheet.join(cut)}</div>`);
  }
  const slips = sheets.join('\n');
  const content = [
    '<main class="doc slips">',
    `<p class="slips-head"><span>${escapeHtml([(company.name ?? '').trim(), 'Message slips'].filter(Boolean).join(' · '))}</span><span>${escapeHtml(day)} · ${escapeHtml(count)}</span></p>`,
    input.slips.length ? slips : '<p class="slips-empty">No messages were taken on this day.</p>',
    '</main>',
  ].join('\n');
  return renderPage({
    title: `Message slips ${input.date}`,
    pageSize: input.pageSize ?? 'A4',
    company,
    content,
    ownLetterheads: true,
    extraStyles: STYLES,
  });
}
