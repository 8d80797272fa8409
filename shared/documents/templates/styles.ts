/**
 * The print stylesheet shared by every document template. Print is the real target (Chromium's
 * printToPDF and print dialog); the screen rules only make the same page read as a sheet of
 * paper in the editor's preview.
 */
import type { PageSize } from '../types';
import { escapeCssString } from './escape';

export const PAGE_DIMENSIONS: Record<PageSize, { width: string; height: string; cssSize: string }> =
  {
    A4: { width: '210mm', height: '297mm', cssSize: 'A4' },
    Letter: { width: '8.5in', height: '11in', cssSize: 'letter' },
  };

// Bundled system faces only: printed pages must never reach for a web font.
const SERIF = `Cambria, "Charter", "Bitstream Charter", Georgia, "Times New Roman", "Liberation Serif", "DejaVu Serif", serif`;
const SANS = `"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif`;

const MARGIN = { top: '18mm', side: '20mm', bottom: '22mm' };

export interface StyleOptions {
  pageSize: PageSize;
  /** Shown at the foot of every page (usually the company name). */
  footerLabel?: string;
  /** Repeated at the top of every page but the first (company and document title). */
  headerLabel?: string;
  /** Page footers the template draws itself (mail merge) replace the running ones. */
  plainPages?: boolean;
}

export function documentStyles({ pageSize, footerLabel, headerLabel, plainPages }: StyleOptions): string {
  const page = PAGE_DIMENSIONS[pageSize];
  // The first page carries the letterhead; pages 2+ get this running header instead.
  const runningHeader =
    headerLabel && !plainPages
      ? `@top-left { content: ${escapeCssString(headerLabel)}; font: 8pt ${SANS}; color: #6b6b6b; vertical-align: bottom; padding-bottom: 4mm; border-bottom: 0.5pt solid #c8c8c8; }`
      : '';
  const pageNumbers = plainPages
    ? ''
    : `@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt ${SANS}; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }`;
  const footerLeft = footerLabel && !plainPages
    ? `@bottom-left { content: ${escapeCssString(footerLabel)}; font: 8pt ${SANS}; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }`
    : '';
  return `
@page {
  size: ${page.cssSize};
  margin: ${MARGIN.top} ${MARGIN.side} ${MARGIN.bottom};
  ${footerLeft}
  ${runningHeader}
  ${pageNumbers}
}
@page :first { @top-left { content: none; border: 0; } }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0;
  color: #1a1a1a;
  background: #fff;
  font: 11pt/1.45 ${SERIF};
  font-kerning: normal;
  text-rendering: optimizeLegibility;
  hyphens: manual;
  /* A long unbroken word (a pasted token, a long file name) wraps at the margin instead of running off the page (issue 15.9). */
  overflow-wrap: break-word;
}
.sheet { width: 100%; }

.letterhead {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 8mm;
  padding-bottom: 4mm;
  margin-bottom: 9mm;
  border-bottom: 0.75pt solid #9a9a9a;
  font-family: ${SANS};
}
.letterhead-logo-center { flex-direction: column; text-align: center; }
.letterhead-logo-center .letterhead-text { margin: 0; text-align: center; }
.letterhead-logo-right { flex-direction: row-reverse; }
.letterhead-logo-right .letterhead-text { margin: 0 auto 0 0; text-align: left; }
.letterhead-logo { max-height: 16mm; max-width: 55mm; object-fit: contain; display: block; }
.letterhead-text { margin-left: auto; text-align: right; }
.letterhead-name { font-size: 13pt; font-weight: 600; letter-spacing: 0.01em; color: #111; }
.letterhead-address, .letterhead-contact { font-size: 8.5pt; line-height: 1.35; color: #555; }
.letterhead-address { margin-top: 1mm; }

.doc-title {
  font-family: ${SANS};
  font-size: 24pt;
  /* One bold weight across the shared styles (600, as the labels and headings use): a 700 beside
     600 embedded a second instance of the same bold face in every PDF (issue 16.17, memo → PDF). */
  font-weight: 600;
  letter-spacing: 0.06em;
  margin: 0 0 6mm;
  color: #111;
}
.doc-fields { border-collapse: collapse; font-family: ${SANS}; font-size: 10.5pt; margin: 0 0 4mm; }
.doc-fields th {
  text-align: left;
  vertical-align: top;
  font-weight: 600;
  color: #444;
  padding: 1.1mm 6mm 1.1mm 0;
  white-space: nowrap;
}
.doc-fields td { vertical-align: top; padding: 1.1mm 0; overflow-wrap: anywhere; }
.doc-fields .doc-subject td { font-weight: 600; }
.doc-rule { border: 0; border-top: 1.5pt solid #1a1a1a; margin: 2mm 0 7mm; }

.doc-body p { margin: 0 0 3.2mm; orphans: 3; widows: 3; }
.doc-body h2, .doc-body h3, .doc-body h4 {
  font-family: ${SANS};
  color: #111;
  line-height: 1.25;
  margin: 6mm 0 2mm;
  break-after: avoid;
  page-break-after: avoid;
}
.doc-body h2 { font-size: 14pt; }
.doc-body h3 { font-size: 12pt; }
.doc-body h4 { font-size: 11pt; }
.doc-body ul, .doc-body ol { margin: 0 0 3.2mm; padding-left: 7mm; }
/* A text bullet rather than Chromium's drawn disc, so it survives copying text out of the PDF. */
.doc-body ul { list-style-type: "\\2022\\a0\\a0"; }
.doc-body li { margin: 0 0 1.2mm; padding-left: 1mm; break-inside: avoid; }
.doc-body li::marker { color: #444; }

.body-table { width: 100%; border-collapse: collapse; margin: 2mm 0 5mm; font-size: 10pt; }
.body-table thead { display: table-header-group; }
.body-table tr { break-inside: avoid; page-break-inside: avoid; }
.body-table th, .body-table td { border-bottom: 0.5pt solid #b5b5b5; padding: 1.5mm 2.5mm; text-align: left; vertical-align: top; }
.body-table th { font-family: ${SANS}; font-weight: 600; border-bottom: 1pt solid #1a1a1a; background: #f2f2f2; }

.doc-body a { color: inherit; text-decoration: underline; }
.doc-signature { margin-top: 8mm; break-inside: avoid; }

.doc-letter .letter-date { margin: 0 0 8mm; }
.letter-recipient { font-style: normal; margin: 0 0 8mm; line-height: 1.35; }
.letter-subject { font-weight: 600; margin: 0 0 5mm; }

.fax-title { font-size: 40pt; letter-spacing: 0.12em; }
.fax-grid { width: 100%; border-collapse: collapse; font-family: ${SANS}; font-size: 11pt; }
.fax-grid th { text-align: left; width: 22mm; padding: 2.5mm 3mm 2.5mm 0; font-weight: 600; color: #444; vertical-align: bottom; white-space: nowrap; }
.fax-grid td { border-bottom: 0.75pt solid #555; padding: 2.5mm 6mm 2.5mm 0; vertical-align: bottom; }
.fax-comments { font-family: ${SANS}; font-size: 12pt; margin: 0 0 3mm; }

.slip { border: 1.25pt solid #1a1a1a; padding: 6mm 7mm; max-width: 150mm; font-family: ${SANS}; font-size: 10.5pt; }
.slip-title { font-size: 15pt; letter-spacing: 0.14em; text-align: center; margin: 0 0 5mm; padding-bottom: 2mm; border-bottom: 1pt solid #1a1a1a; }
.slip-line { display: flex; gap: 3mm; align-items: baseline; margin: 0 0 2.5mm; }
.slip-pair { display: flex; gap: 8mm; }
.slip-pair .slip-line { flex: 1; }
.slip-label { font-weight: 600; color: #444; white-space: nowrap; }
.slip-value { flex: 1; border-bottom: 0.5pt solid #888; min-height: 5mm; }
.slip-flags { list-style: none; padding: 0; margin: 3mm 0 4mm; display: grid; grid-template-columns: 1fr 1fr; gap: 1.5mm 6mm; }
.slip-flag { display: flex; align-items: center; gap: 2mm; }
.slip-box { display: inline-block; width: 3.6mm; height: 3.6mm; border: 0.75pt solid #1a1a1a; font-size: 8pt; line-height: 3.4mm; text-align: center; }
.slip-flag-on { font-weight: 600; }
.slip-message { margin: 2mm 0 4mm; }
.slip-message .doc-body { border: 0.5pt solid #aaa; min-height: 28mm; padding: 2mm 3mm; margin-top: 1.5mm; font-family: ${SERIF}; font-size: 11pt; }

.report-kicker { font-family: ${SANS}; font-size: 9pt; letter-spacing: 0.2em; color: #666; margin: 6mm 0 2mm; }
.report-title { letter-spacing: 0; font-size: 26pt; }
.report-subtitle { font-size: 14pt; color: #333; margin: -3mm 0 3mm; }
.report-byline { font-family: ${SANS}; font-size: 9.5pt; color: #555; margin: 0 0 2mm; }

.merge-letter { break-before: page; page-break-before: always; }
.merge-letter:first-child { break-before: auto; page-break-before: auto; }

@media screen {
  /* The preview iframe is exactly one page wide and the sheet keeps that width, so a thin
     scrollbar covers part of the right margin instead of changing where lines wrap. */
  html { background: #fff; overflow-x: hidden; scrollbar-width: thin; }
  .sheet {
    width: ${page.width};
    min-height: ${page.height};
    margin: 0 auto;
    padding: ${MARGIN.top} ${MARGIN.side} ${MARGIN.bottom};
  }
  /* In the on-screen preview each merged letter fills whole sheets, as it will on paper. */
  .merge-letter { min-height: calc(${page.height} - ${MARGIN.top} - ${MARGIN.bottom}); }
}
`;
}
