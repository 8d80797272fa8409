/**
 * Asset labels (issue 12.8): a sheet of self-adhesive labels, or one label for a label printer,
 * each with the company name, the item's name, an optional second line (location or model), the
 * asset tag in large monospace and a scannable code of the tag (QR or Code 128) — what a scanner
 * types into the app's search.
 *
 * A pure renderer like the other templates: one standalone, inert HTML page (inline CSS, no
 * script) through renderPage, so it has the same CSP and escaping. The barcodes are inline SVG
 * drawn by bwip-js's generic build (no DOM, no canvas, no Node), so the same code runs in the
 * renderer, in Electron's main process and in the unit tests.
 *
 * The geometry is that of real label stock, in absolute units, with the page margins at zero
 * (`@page { margin: 0 }`): print at 100 % ("actual size"), never "fit to page".
 *  - `3x8-a4`: 24 labels of 70 × 37 mm on A4, 3 × 8 edge to edge, 0.5 mm top margin (Avery
 *    3474 and its equivalents).
 *  - `3x10-letter`: 30 labels of 2.625" × 1" on US Letter, 0.5" top margin, 0.1875" side
 *    margins, 0.125" between columns (Avery 5160 / 8160).
 *  - `single`: one 62 × 29 mm label per page, the page sized to the label (Brother DK-11209 on a
 *    62 mm roll and similar), for a label printer.
 *
 * No text leaves its cell: every cell has a fixed size, `box-sizing: border-box` and
 * `overflow: hidden`; the company and second line take one line with an ellipsis, the name one
 * or two lines (line clamp), the tag's font size shrinks with its length; and very long values
 * are cut in code as a backstop, so a pasted paragraph cannot make a cell heavy.
 */
import { code128, drawingSVG, qrcode } from 'bwip-js/generic';
import type { CompanyProfile } from '../types';
import { escapeHtml } from './escape';
import { renderPage } from './layout';

export type LabelLayout = '3x8-a4' | '3x10-letter' | 'single';
export type LabelCodeType = 'qr' | 'code128';

export interface AssetLabel {
  name: string;
  /** The asset tag, e.g. 'BD-0042': printed large and encoded in the code. */
  tag: string;
  /** A second, smaller line: the location or the model. */
  subtitle?: string | null;
}

export interface AssetLabelsInput {
  labels: readonly AssetLabel[];
  layout: LabelLayout;
  codeType: LabelCodeType;
  /**
   * The position (1-based, counted across rows: 1 2 3 / 4 5 6 …) of the first free label on a
   * partly used first sheet; the ones before it are left blank. Ignored for `single`.
   */
  startAt?: number;
  /**
   * Draw a thin outline around every label: for a test print on plain paper held against a
   * label sheet. Off by default, as an outline never lands exactly on a die-cut edge.
   */
  outlines?: boolean;
}

/** A sheet's geometry, in millimetres. */
export interface LabelGeometry {
  pageWidth: number;
  pageHeight: number;
  columns: number;
  rows: number;
  labelWidth: number;
  labelHeight: number;
  top: number;
  left: number;
  /** Space between columns and between rows. */
  columnGap: number;
  rowGap: number;
  /** Inner padding of a label: vertical, horizontal. */
  padY: number;
  padX: number;
  /** Text sizes in points: company, name, subtitle, largest tag. */
  font: { company: number; name: number; subtitle: number; tag: number };
}

const INCH = 25.4;

export const LABEL_GEOMETRY: Record<LabelLayout, LabelGeometry> = {
  '3x8-a4': {
    pageWidth: 210,
    pageHeight: 297,
    columns: 3,
    rows: 8,
    labelWidth: 70,
    labelHeight: 37,
    top: 0.5,
    left: 0,
    columnGap: 0,
    rowGap: 0,
    // Edge-to-edge stock: the padding keeps the print clear of the sheet's edges and cuts.
    padY: 3,
    padX: 4,
    font: { company: 6.5, name: 10, subtitle: 7.5, tag: 14 },
  },
  '3x10-letter': {
    pageWidth: 8.5 * INCH,
    pageHeight: 11 * INCH,
    columns: 3,
    rows: 10,
    labelWidth: 2.625 * INCH,
    labelHeight: 1 * INCH,
    top: 0.5 * INCH,
    left: 0.1875 * INCH,
    columnGap: 0.125 * INCH,
    rowGap: 0,
    // Avery 5160's corners are rounded: keep clear of them.
    padY: 1.6,
    padX: 3,
    font: { company: 5.5, name: 8.5, subtitle: 6.5, tag: 11 },
  },
  single: {
    pageWidth: 62,
    pageHeight: 29,
    columns: 1,
    rows: 1,
    labelWidth: 62,
    labelHeight: 29,
    top: 0,
    left: 0,
    columnGap: 0,
    rowGap: 0,
    padY: 2,
    padX: 3,
    font: { company: 6, name: 9, subtitle: 7, tag: 12 },
  },
};

/** Labels per page for a layout (1 for `single`). */
export function labelsPerSheet(layout: LabelLayout): number {
  const g = LABEL_GEOMETRY[layout];
  return g.columns * g.rows;
}

// Backstops against runaway values; CSS clamps what is left to the cell.
const MAX = { company: 60, name: 120, subtitle: 80, tag: 40 };
/** Longer tags are not encoded: a code that dense would not scan from a label. */
export const MAX_CODE_LENGTH = 40;

/** Trims, folds whitespace (a label has no line breaks) and cuts at `max` characters with an ellipsis. */
export function clampText(value: unknown, max: number): string {
  const text = (value === null || value === undefined ? '' : String(value)).replace(/\s+/g, ' ').trim();
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
}

/** Code 128 prints reliably only for printable ASCII; anything else goes in a QR code. */
const CODE128_TEXT = /^[\x20-\x7e]+$/;

/** The tag as the byte string bwip-js expects for a QR code (UTF-8, one char per byte). */
function utf8Binary(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000)
      out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else
      out += String.fromCharCode(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      );
  }
  return out;
}

/**
 * The tag's code as an inline <svg>, or undefined when the tag cannot be encoded (empty, too
 * long, or not ASCII for Code 128). The SVG holds only paths drawn by bwip-js — the tag's
 * characters never appear in it — plus an escaped aria-label.
 */
export function renderCodeSvg(tag: string, codeType: LabelCodeType): string | undefined {
  const text = tag.trim();
  if (!text || [...text].length > MAX_CODE_LENGTH) return undefined;
  let svg: string;
  try {
    if (codeType === 'code128') {
      if (!CODE128_TEXT.test(text)) return undefined;
      // One viewBox unit per module; 10 modules of quiet zone each side, as the standard asks.
      svg = code128({ bcid: 'code128', text, scale: 1, height: 10, paddingleft: 10, paddingright: 10 }, drawingSVG());
    } else {
      // eclevel is a BWIPP option bwip-js passes through but does not type.
      const options = { bcid: 'qrcode', text: utf8Binary(text), eclevel: 'M', scale: 1, padding: 2 };
      svg = qrcode(options, drawingSVG());
    }
  } catch {
    return undefined;
  }
  const fit = codeType === 'code128' ? 'none' : 'xMidYMid meet';
  return svg
    .trim()
    .replace(
      /^<svg /,
      `<svg class="label-code-svg" role="img" aria-label="${escapeHtml(text)}" preserveAspectRatio="${fit}" shape-rendering="crispEdges" `,
    )
    .replace(/\n/g, '');
}

const MONO = `"DejaVu Sans Mono", "Liberation Mono", Consolas, Menlo, "Courier New", monospace`;
const SANS = `"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif`;
/** A monospace glyph's advance, as a share of the font size (0.6 in DejaVu, Liberation, Consolas). */
const MONO_ADVANCE = 0.62;
const PT_PER_MM = 72 / INCH;

const mm = (n: number) => `${Number(n.toFixed(4))}mm`;
const pt = (n: number) => `${Number(n.toFixed(2))}pt`;

/** The tag's font size (pt): the layout's largest that fits the width, never below 6 pt. */
export function tagFontSize(tag: string, widthMm: number, largest: number): number {
  const chars = Math.max([...tag].length, 1);
  const fits = (widthMm * PT_PER_MM) / (chars * MONO_ADVANCE);
  return Math.max(6, Math.min(largest, Math.floor(fits * 4) / 4));
}

interface Box {
  /** Inner size of a label in mm. */
  innerWidth: number;
  innerHeight: number;
  /** QR: the code's square side; the text column's width. Code 128: the bar height. */
  code: number;
  textWidth: number;
}

function innerBox(g: LabelGeometry, codeType: LabelCodeType): Box {
  const innerWidth = g.labelWidth - 2 * g.padX;
  const innerHeight = g.labelHeight - 2 * g.padY;
  if (codeType === 'qr') {
    const code = Math.min(innerHeight, innerWidth * 0.4);
    return { innerWidth, innerHeight, code, textWidth: innerWidth - code - 2.5 };
  }
  return { innerWidth, innerHeight, code: 0, textWidth: innerWidth };
}

function styles(layout: LabelLayout, codeType: LabelCodeType, outlines: boolean): string {
  const g = LABEL_GEOMETRY[layout];
  const box = innerBox(g, codeType);
  const lh = 1.2;
  // QR: three name lines where the label is tall enough, else two. Code 128: one.
  const nameLines = codeType === 'qr' ? (box.innerHeight >= 28 ? 3 : 2) : 1;
  const size = `${mm(g.pageWidth)} ${mm(g.pageHeight)}`;
  return `
@page { size: ${size}; margin: 0; }
@page :first { size: ${size}; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
.sheet { width: auto; }
.labels { font-family: ${SANS}; color: #000; }
.label-sheet {
  position: relative;
  width: ${mm(g.pageWidth)};
  /* A hair under the page, so rounding never spills a blank page after a full sheet. */
  height: ${mm(g.pageHeight - 0.5)};
  overflow: hidden;
  display: grid;
  grid-template-columns: repeat(${g.columns}, ${mm(g.labelWidth)});
  grid-auto-rows: ${mm(g.labelHeight)};
  column-gap: ${mm(g.columnGap)};
  row-gap: ${mm(g.rowGap)};
  padding: ${mm(g.top)} 0 0 ${mm(g.left)};
  align-content: start;
  break-after: page;
  page-break-after: always;
  break-inside: avoid;
}
.label-sheet:last-child { break-after: auto; page-break-after: auto; }
.label {
  width: ${mm(g.labelWidth)};
  height: ${mm(g.labelHeight)};
  padding: ${mm(g.padY)} ${mm(g.padX)};
  overflow: hidden;
  display: flex;
  min-width: 0;
  ${outlines ? 'outline: 0.2mm dashed #9a9a9a; outline-offset: -0.1mm;' : ''}
}
.label-qr { flex-direction: row; align-items: stretch; gap: 2.5mm; }
.label-code128 { flex-direction: column; }
.label-text { display: flex; flex-direction: column; min-width: 0; min-height: 0; overflow: hidden; }
.label-qr .label-text { width: ${mm(box.textWidth)}; flex: none; }
.label-code128 .label-text { flex: none; width: 100%; }
.label-company, .label-subtitle, .label-name, .label-tag {
  display: block;
  overflow: hidden;
  min-width: 0;
  max-width: 100%;
  margin: 0;
}
.label-company, .label-subtitle, .label-tag { white-space: nowrap; text-overflow: ellipsis; }
.label-company {
  font-size: ${pt(g.font.company)};
  line-height: ${lh};
  height: ${pt(g.font.company * lh)};
  color: #555;
  letter-spacing: 0.01em;
}
.label-name {
  font-size: ${pt(g.font.name)};
  line-height: ${lh};
  max-height: ${pt(g.font.name * lh * nameLines)};
  font-weight: 700;
  overflow-wrap: anywhere;
  ${
    nameLines === 1
      ? 'white-space: nowrap; text-overflow: ellipsis;'
      : `display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: ${nameLines}; line-clamp: ${nameLines};`
  }
}
.label-subtitle { font-size: ${pt(g.font.subtitle)}; line-height: ${lh}; height: ${pt(g.font.subtitle * lh)}; color: #222; }
.label-tag {
  font-family: ${MONO};
  font-weight: 700;
  line-height: 1.1;
  letter-spacing: 0;
  color: #000;
}
.label-qr .label-tag { margin-top: auto; }
.label-code128 .label-tag { text-align: center; flex: none; }
.label-code { display: block; overflow: hidden; }
.label-qr .label-code { width: ${mm(box.code)}; height: ${mm(box.code)}; flex: none; align-self: center; }
.label-code128 .label-code { flex: 1 1 0; min-height: 0; margin: 0.8mm 0 0.4mm; }
.label-code-svg { display: block; width: 100%; height: 100%; }
.label-nocode {
  display: flex; align-items: center; justify-content: center; text-align: center;
  border: 0.3mm dashed #888; color: #555; font-size: 6pt; line-height: 1.2; padding: 1mm;
}
.label-skip { visibility: hidden; }
@media screen {
  html { background: #e8e8e8; }
  .sheet { width: auto; min-height: 0; padding: 4mm 0; margin: 0; }
  .label-sheet { margin: 0 auto 4mm; background: #fff; box-shadow: 0 0.5mm 2mm rgba(0,0,0,0.25); }
  .label:not(.label-skip) { outline: 0.2mm dashed #c4c4c4; outline-offset: -0.1mm; }
}
`;
}

function renderLabel(label: AssetLabel, input: AssetLabelsInput, companyName: string): string {
  const g = LABEL_GEOMETRY[input.layout];
  const box = innerBox(g, input.codeType);
  const name = clampText(label.name, MAX.name);
  const tagText = clampText(label.tag, MAX.tag);
  const subtitle = clampText(label.subtitle, MAX.subtitle);
  const svg = renderCodeSvg(String(label.tag ?? ''), input.codeType);
  const code = svg
    ? `<div class="label-code">${svg}</div>`
    : `<div class="label-code label-nocode">${tagText ? 'No code: tag too long or not printable' : 'No tag'}</div>`;
  const tagSize = tagFontSize(tagText, box.textWidth, g.font.tag);
  const lines = [
    companyName ? `<span class="label-company">${escapeHtml(companyName)}</span>` : '',
    `<span class="label-name">${escapeHtml(name)}</span>`,
    subtitle ? `<span class="label-subtitle">${escapeHtml(subtitle)}</span>` : '',
  ].join('');
  const tag = `<span class="label-tag" style="font-size: ${pt(tagSize)}">${escapeHtml(tagText)}</span>`;
  return input.codeType === 'qr'
    ? `<div class="label label-qr">${code}<div class="label-text">${lines}${tag}</div></div>`
    : `<div class="label label-code128"><div class="label-text">${lines}</div>${code}${tag}</div>`;
}

/** Where the labels go: `null` is a skipped (already used) position. Sheets of `perSheet`. */
export function labelSlots<T>(labels: readonly T[], layout: LabelLayout, startAt = 1): (T | null)[][] {
  const perSheet = labelsPerSheet(layout);
  const start = layout === 'single' || !Number.isFinite(startAt) ? 1 : Math.min(Math.max(Math.floor(startAt), 1), perSheet);
  const slots: (T | null)[] = [...Array.from({ length: start - 1 }, () => null), ...labels];
  const sheets: (T | null)[][] = [];
  for (let i = 0; i < slots.length; i += perSheet) sheets.push(slots.slice(i, i + perSheet));
  // No labels still prints one (empty) sheet rather than a page with nothing to size it.
  return sheets.length > 0 && labels.length > 0 ? sheets : [[]];
}

/** One standalone HTML page with every label, one page per full sheet (or per label for `single`). */
export function renderAssetLabelsHtml(input: AssetLabelsInput, company: CompanyProfile): string {
  const layout: LabelLayout = input.layout in LABEL_GEOMETRY ? input.layout : '3x8-a4';
  const codeType: LabelCodeType = input.codeType === 'code128' ? 'code128' : 'qr';
  const normalized = { ...input, layout, codeType };
  const companyName = clampText(company.name, MAX.company);
  const sheets = labelSlots(input.labels, layout, input.startAt ?? 1);
  const body = sheets
    .map((slots, i) => {
      const cells = slots
        .map((label) =>
          label ? renderLabel(label, normalized, companyName) : '<div class="label label-skip" aria-hidden="true"></div>',
        )
        .join('');
      return `<section class="label-sheet" aria-label="Sheet ${i + 1} of ${sheets.length}">${cells}</section>`;
    })
    .join('\n');
  const count = input.labels.length;
  return renderPage({
    title: `Asset labels (${count} label${count === 1 ? '' : 's'})`,
    // The size comes from the label stock (extraStyles); this only picks the base stylesheet.
    pageSize: layout === '3x10-letter' ? 'Letter' : 'A4',
    company,
    ownLetterheads: true,
    extraStyles: styles(layout, codeType, input.outlines === true),
    content: `<main class="labels labels-${layout} labels-${codeType}">${body}</main>`,
  });
}
