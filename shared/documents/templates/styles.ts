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
}

export function documentStyles({ pageSize, footerLabel }: StyleOptions): string {
  const page = PAGE_DIMENSIONS[pageSize];
  const footerLeft = footerLabel
    ? `@bottom-left { content: ${escapeCssString(footerLabel)}; font: 8pt ${SANS}; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }`
    : '';
  return `
@page {
  size: ${page.cssSize};
  margin: ${MARGIN.top} ${MARGIN.side} ${MARGIN.bottom};
  ${footerLeft}
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt ${SANS}; color: #6b6b6b; vertical-align: top; padding-top: 5mm; }
}
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
.letterhead-logo { max-height: 16mm; max-width: 55mm; object-fit: contain; display: block; }
.letterhead-text { margin-left: auto; text-align: right; }
.letterhead-name { font-size: 13pt; font-weight: 600; letter-spacing: 0.01em; color: #111; }
.letterhead-address, .letterhead-contact { font-size: 8.5pt; line-height: 1.35; color: #555; }
.letterhead-address { margin-top: 1mm; }

.doc-title {
  font-family: ${SANS};
  font-size: 24pt;
  font-weight: 700;
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
.doc-fields td { vertical-align: top; padding: 1.1mm 0; }
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
}
`;
}
