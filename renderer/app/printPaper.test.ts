/**
 * Every printout takes the office's paper from Settings (issue 16.13): the print builders give
 * the platform and the page's own @page rule the chosen size, a single print may ask for the
 * other one, and no screen picks paper from the locale alone any more (the purchase order
 * always printed A4).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPANY_PROFILE, type CompanyProfile } from '../../shared/domain/settings';
import type { PurchaseOrder } from '../../shared/domain/purchasing';
import { orderPrintRequest } from '../features/purchasing/components/printing';
import { countSheetRequest } from '../features/inventory/components/printCountSheet';
import { printRequest, scheduleHtml } from '../features/recruiting/print';
import { paperForPrint } from '../ui/printing';

const pageCss = (html: string) => /@page\s*\{\s*size:\s*([A-Za-z0-9]+)/.exec(html)?.[1];
const CSS = { A4: 'A4', Letter: 'letter' } as const;

const po = {
  id: 'po1',
  number: 'PO-0007',
  status: 'draft',
  vendorId: 'v1',
  orderDate: '2026-12-03',
  lines: [{ id: 'l1', description: 'Copy paper', quantity: 2, unitCostCents: 450, receivedQuantity: 0 }],
  shippingCents: 0,
  taxCents: 0,
  createdAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  deletedAt: null,
} as unknown as PurchaseOrder;

// An American office that chose A4, and a British one that chose Letter: the locale and the
// country say the opposite of the setting, so only the setting can give the right answer.
const offices: [string, CompanyProfile, 'A4' | 'Letter'][] = [
  ['US office on A4', { ...DEFAULT_COMPANY_PROFILE, locale: 'en-US', country: 'US', paperSize: 'A4' }, 'A4'],
  ['UK office on Letter', { ...DEFAULT_COMPANY_PROFILE, locale: 'en-GB', country: 'GB', paperSize: 'Letter' }, 'Letter'],
];

describe.each(offices)('%s', (_name, company, paper) => {
  it('the purchase order prints on the setting’s paper (request and page agree)', () => {
    const request = orderPrintRequest(po, undefined, new Map(), company);
    expect(request.pageSize).toBe(paper);
    expect(pageCss(request.html)).toBe(CSS[paper]);
  });

  it('one purchase order may be printed on the other paper', () => {
    const other = paper === 'A4' ? 'Letter' : 'A4';
    const request = orderPrintRequest(po, undefined, new Map(), company, other);
    expect(request.pageSize).toBe(other);
    expect(pageCss(request.html)).toBe(CSS[other]);
  });

  it('the count sheet and recruiting printouts use it too', () => {
    const sheet = countSheetRequest([], company, false);
    expect(sheet.pageSize).toBe(paper);
    expect(pageCss(sheet.html)).toBe(CSS[paper]);
    const schedule = scheduleHtml('2026-12-03', [], new Map(), new Map(), company);
    expect(pageCss(schedule)).toBe(CSS[paper]);
    expect(printRequest(schedule, 'Interviews', company).pageSize).toBe(paper);
  });

  it('a print’s Paper menu starts on the setting and may pick the other size', () => {
    expect(paperForPrint(company, null)).toBe(paper);
    expect(paperForPrint(company, 'A4')).toBe('A4');
    expect(paperForPrint(company, 'Letter')).toBe('Letter');
  });
});

// Every renderer source file's text (tests left out), read by Vite at transform time.
const SOURCES = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('no printout picks its paper from the locale alone', () => {
  it('every defaultPageSize call passes the company profile (with its paper setting)', () => {
    const offenders: string[] = [];
    expect(Object.keys(SOURCES).length).toBeGreaterThan(100);
    for (const [file, text] of Object.entries(SOURCES)) {
      for (const m of text.matchAll(/defaultPageSize\(([^)]*)\)|paperForLocale\(/g)) {
        if (m[0].startsWith('paperForLocale') || /\.locale\b|['"`]/.test(m[1] ?? '')) offenders.push(`${file}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
