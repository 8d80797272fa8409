/**
 * The equipment register and the per-item history sheet printed to real PDFs with the system
 * Chromium and read back with poppler, as a person checking a printout would: landscape A4 and
 * US Letter for the register, every tag and total there as text (a hostile name literally), the
 * running header on later pages; no word runs into another or off the page (pdftotext -bbox),
 * and the page image keeps its margins blank. Lives outside shared/ because it needs Node.
 *
 * Set KEEP_PDF_DIR=/some/dir to keep the PDFs and page images for looking at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  renderEquipmentHistoryHtml,
  renderEquipmentRegisterHtml,
  type CompanyProfile,
  type EquipmentHistoryInput,
  type EquipmentRegisterRow,
} from '../../shared/documents/index';
import { launchPdfBrowser, missingPdfTools } from './support/pdfTools';

const missing = missingPdfTools();
if (missing.length > 0) console.warn(`Skipping the equipment printouts PDF test: missing ${missing.join(', ')}.`);
const mustRun = !!process.env.CI;

const HOSTILE = '<script>alert(1)</script>';
const LONG = 'Multifunction colour laser copier with stapling finisher and large capacity tray, second floor east wing';
const company: CompanyProfile = { name: 'Acme Office Supplies Ltd', locale: 'en-US', currency: 'USD' };
const CATEGORIES = ['Computer', 'Copier/printer', 'Furniture', 'Phone', 'Vehicle'];
const STATUSES = ['In use', 'Lent out', 'Under repair', 'In store'];

function registerRows(n: number): EquipmentRegisterRow[] {
  return Array.from({ length: n }, (_, i) => ({
    tag: i === 7 ? 'ACME-EQUIPMENT-LONG-000007' : `BD-${String(i + 1).padStart(4, '0')}`,
    name: i === 2 ? HOSTILE : i === 3 ? LONG : `Item ${i + 1}`,
    category: CATEGORIES[i % CATEGORIES.length],
    location: i === 3 ? LONG : `Room ${(i % 7) + 1}`,
    status: STATUSES[i % STATUSES.length]!,
    holder: i % 4 === 1 ? 'Bartholomew Featherstonehaugh-Wolfeschlegel' : undefined,
    purchaseDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`,
    costCents: 10000 + i * 1234,
    warrantyEnd: i % 3 ? `2027-${String((i % 12) + 1).padStart(2, '0')}-15` : undefined,
  }));
}

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words with their boxes (points) and each page's size, from pdftotext -bbox. */
function words(pdfPath: string): { pages: { width: number; height: number }[]; words: Word[] } {
  const html = execFileSync('pdftotext', ['-bbox', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const pages: { width: number; height: number }[] = [];
  const out: Word[] = [];
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else out.push({ page: pages.length, text: m[7]!, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  return { pages, words: out };
}

/** Every word inside the page's margins and no two words on top of each other. */
function expectNoOverflow(pdfPath: string, marginPt = 20): number {
  const { pages, words: all } = words(pdfPath);
  const problems: string[] = [];
  for (const w of all) {
    const p = pages[w.page - 1]!;
    if (w.xMin < marginPt || w.xMax > p.width - marginPt || w.yMax > p.height) problems.push(`"${w.text}" on page ${w.page} is outside the margins`);
  }
  for (let page = 1; page <= pages.length; page++) {
    const list = all.filter((w) => w.page === page);
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const overlapX = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const overlapY = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (overlapX > 0.5 && overlapY > 1.5) problems.push(`"${a.text}" overlaps "${b.text}" on page ${page}`);
      }
  }
  expect(problems).toEqual([]);
  return all.length;
}

describe.skipIf(missing.length > 0 && !mustRun)('equipment printouts as real PDFs', () => {
  let browser: Browser;
  let dir: string;
  const keep = process.env.KEEP_PDF_DIR;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backdesk-equipment-pdf-'));
    browser = await launchPdfBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function print(name: string, html: string) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const requests: string[] = [];
    context.on('request', (r) => {
      if (!r.url().startsWith('data:')) requests.push(r.url());
    });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdfPath = join(dir, `${name}.pdf`);
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      const flow = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      if (keep) {
        mkdirSync(keep, { recursive: true });
        copyFileSync(pdfPath, join(keep, `${name}.pdf`));
        writeFileSync(join(keep, `${name}.txt`), text);
      }
      return { pdfPath, text, flow, info, requests, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
    } finally {
      await context.close();
    }
  }

  /** Share of dark pixels in a band of the page image, in millimetres from the page's edges. */
  function inkIn(pdfPath: string, name: string, band: { x: number; y: number; w: number; h: number }, pageNo = 1): number {
    const dpi = 72;
    const prefix = join(dir, `${name}-p${pageNo}`);
    const range = ['-f', String(pageNo), '-l', String(pageNo), '-singlefile'];
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), ...range, pdfPath, prefix]);
    if (keep) execFileSync('pdftoppm', ['-png', '-r', '60', ...range, pdfPath, join(keep, `${name}-p${pageNo}`)]);
    const data = readFileSync(`${prefix}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))!;
    const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    let dark = 0;
    let all = 0;
    for (let y = Math.max(0, px(band.y)); y < Math.min(height, px(band.y + band.h)); y++)
      for (let x = Math.max(0, px(band.x)); x < Math.min(width, px(band.x + band.w)); x++) {
        all++;
        if ((data[offset + y * width + x] ?? 255) < 128) dark++;
      }
    return all ? dark / all : 0;
  }

  for (const [paper, size, label, widthMm, heightMm] of [
    ['A4', 'A4', /\(A4\)|842(\.\d+)? x 595/, 297, 210],
    ['Letter', 'Letter', /792(\.\d+)? x 612/, 279.4, 215.9],
  ] as const) {
    it(`prints a 90-item register on landscape ${paper}: every tag, subtotals and the total, nothing overflowing`, async () => {
      const rows = registerRows(90);
      const { pdfPath, text, flow, info, requests, pages } = await print(
        `register-${paper}`,
        renderEquipmentRegisterHtml({ rows, preparedOn: '2026-12-04', scope: ['All equipment'], pageSize: size }, company),
      );
      expect(requests).toEqual([]);
      expect(info).toMatch(label);
      expect(pages).toBeGreaterThanOrEqual(2);
      for (const r of rows) if (r.tag!.length < 12) expect(text).toContain(r.tag);
      // The long tag wraps inside its own cell: its pieces line up under each other.
      const placed = words(pdfPath).words;
      const head = placed.find((w) => w.text.startsWith('ACME'))!;
      const tail = placed.find((w) => w.text.endsWith('LONG-000007') && w.page === head.page)!;
      expect(head, 'the long tag is printed').toBeDefined();
      expect(tail, 'its last piece is on the same page').toBeDefined();
      expect(Math.abs(head.xMin - tail.xMin)).toBeLessThan(1);
      expect(tail.yMin).toBeGreaterThan(head.yMin);
      expect(flow).toMatch(/<script>alert\(1\)\s*<\/script>/);
      expect(text).toContain('EQUIPMENT REGISTER');
      expect(text).toMatch(/Subtotal Computer \(18 items\)/);
      const total = rows.reduce((s, r) => s + (r.costCents ?? 0), 0);
      expect(text).toContain((total / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
      expect(text).toMatch(/Total \(90 items in 5 categories\)/);
      // The running header and page numbers on a later page.
      const second = text.split('\f')[1]!;
      expect(second).toContain('Acme Office Supplies Ltd · Equipment register');
      expect(text).toMatch(new RegExp(`Page 2 of ${pages}`));
      expect(expectNoOverflow(pdfPath)).toBeGreaterThan(500);
      // The page image: the side margins stay blank (nothing ran off the table).
      expect(inkIn(pdfPath, `register-${paper}`, { x: 0, y: 0, w: 8, h: heightMm })).toBe(0);
      expect(inkIn(pdfPath, `register-${paper}`, { x: widthMm - 8, y: 0, w: 8, h: heightMm })).toBe(0);
    }, 60_000);
  }

  it('prints a history sheet with every section, the cost of ownership and no overflow', async () => {
    const input: EquipmentHistoryInput = {
      preparedOn: '2026-12-04',
      pageSize: 'A4',
      item: { name: LONG, tag: 'BD-0001', category: 'Copier/printer', manufacturer: 'Canon', model: 'iR-ADV C3530', serial: 'SN-99-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789', status: 'In use', holder: 'Copy room', vendor: 'CopyFix Ltd', purchaseDate: '2023-01-10', purchaseCostCents: 300000, warrantyEnd: '2026-01-10', notes: `Leased. ${HOSTILE}` },
      handovers: Array.from({ length: 8 }, (_, i) => ({
        date: `2025-${String(i + 1).padStart(2, '0')}-0${(i % 2) + 1}`,
        kind: i % 2 ? ('check-in' as const) : ('check-out' as const),
        who: 'Grace Hopper',
        dueBack: i % 2 ? undefined : `2025-${String(i + 1).padStart(2, '0')}-28`,
        condition: i % 2 ? 'Good' : undefined,
      })),
      meters: [{ name: 'Pages printed', unit: 'pages', readings: 36, firstReadingOn: '2023-02-01', lastReadingOn: '2026-11-30', lastValue: 1200, lifetimeValue: 181234 }],
      maintenance: [
        { date: '2026-03-01', kind: 'Service', description: 'Toner, drum and fuser cleaning', performedBy: 'CopyFix Ltd', costCents: 15000 },
        { date: '2026-09-01', kind: 'Service', description: 'Quarterly service', performedBy: 'CopyFix Ltd', costCents: 12000 },
      ],
      plans: [{ name: 'Quarterly service', schedule: 'Every 3 months from the last service', lastDone: '2026-09-01', next: 'Due Dec 1, 2026 (overdue by 3 days)', checklist: ['Clean the glass', 'Replace the drum when below 10%'] }],
      repairs: [
        { reportedOn: '2026-05-02', problem: 'Paper jam in tray 2', reportedBy: 'Ana Ruiz', fixedOn: '2026-05-05', fixedBy: 'CopyFix Ltd', downtimeDays: 3, costCents: 22000 },
        { reportedOn: '2026-11-20', problem: HOSTILE, downtimeDays: 14, costCents: 0 },
      ],
      cost: { purchaseCents: 300000, repairsCents: 22000, maintenanceCents: 27000, totalCents: 349000 },
      replacement: '3 repairs in the last 12 months',
    };
    const { pdfPath, text, flow, info, requests } = await print('history-a4', renderEquipmentHistoryHtml(input, company));
    expect(requests).toEqual([]);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(text).toContain('Equipment history sheet');
    for (const s of ['Hand-overs', 'Meters', 'Maintenance log', 'Maintenance plans', 'Repairs', 'Total cost of ownership', 'Quarterly service', 'Paper jam in tray 2', '181,234', '$3,490.00', 'Flagged for replacement'])
      expect(text).toContain(s);
    expect(flow).toMatch(/<script>alert\(1\)\s*<\/script>/);
    expectNoOverflow(pdfPath);
    expect(inkIn(pdfPath, 'history-a4', { x: 0, y: 0, w: 10, h: 297 })).toBe(0);
    expect(inkIn(pdfPath, 'history-a4', { x: 200, y: 0, w: 10, h: 297 })).toBe(0);
  }, 60_000);
});
