/**
 * Prints memos to real PDFs with the system Chromium and reads them back with poppler, the
 * way a person would check a printout: is the text there, literal, on the pages it should be,
 * with page numbers, and does a page image come out. Lives outside shared/ because it needs
 * Node (child processes, temp files) and shared/ is lint-fenced to pure code.
 *
 * Set KEEP_PDF_DIR=/some/dir to keep the PDFs and page images for looking at.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CompanyProfile,
  type DocumentInput,
  renderDocumentHtml,
} from '../../shared/documents/index';
import { launchPdfBrowser, missingPdfTools } from './support/pdfTools';

const missing = missingPdfTools();
if (missing.length > 0) {
  console.warn(`Skipping the documents PDF test: missing ${missing.join(', ')}.`);
}

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

// An inline SVG logo: proves the page's CSP lets a data: image through and that it prints.
const LOGO_SVG =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="40" height="40" rx="6" fill="#1f4e79"/><text x="20" y="27" font-family="sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">A</text><text x="48" y="27" font-family="sans-serif" font-size="16" fill="#1f4e79">ACME</text></svg>',
  ).toString('base64');

const company: CompanyProfile = {
  name: 'Acme Office Supplies Ltd',
  address: '12 Market Street, Springfield\n+44 20 7946 0000 · office@acme.example',
  logoDataUrl: LOGO_SVG,
  locale: 'en-GB',
};

const paragraph = (n: number) =>
  `Paragraph ${n}. The office will move to the new premises over the coming weeks, and every team ` +
  'should plan its packing so that nothing urgent is boxed before the last working day. Please label ' +
  'every crate with your name, your desk number and the room it is going to.';

function longMemo(): DocumentInput {
  return {
    type: 'memo',
    date: '2025-03-14',
    to: 'All staff',
    from: 'Jane Smith, Office Manager',
    cc: 'Directors',
    subject: 'Office move and parking changes',
    body: [
      'The car park closes on Friday for resurfacing.',
      'Before you leave on Thursday:\n- Move your car to the street\n- Hand in your parking permit\n* Tell reception if you need a space',
      'The order of the move:\n1. Finance\n2. Sales\n3. Everyone else',
      ...Array.from({ length: 12 }, (_, i) => paragraph(i + 1)),
      'Thank you for your patience.\nJane',
    ].join('\n\n'),
  };
}

function hostileMemo(): DocumentInput {
  return {
    type: 'memo',
    date: '2025-03-14',
    to: SCRIPT,
    from: IMG,
    subject: `Subject ${SCRIPT}`,
    body: `Body ${IMG}\n\n- item ${SCRIPT}`,
  };
}

/** Reads the PNG header; poppler rounds the pixel size either way, hence the tolerance. */
function expectPngSize(png: string, width: number, height: number): void {
  const header = readFileSync(png);
  expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(Math.abs(header.readUInt32BE(16) - width)).toBeLessThanOrEqual(2);
  expect(Math.abs(header.readUInt32BE(20) - height)).toBeLessThanOrEqual(2);
}

// In CI a missing tool is a failure, never a silent skip; elsewhere the skip says what is missing.
const mustRun = !!process.env.CI;

describe('the tools the PDF tests need', () => {
  if (mustRun || missing.length === 0) {
    it('are installed (Chromium, pdftotext, pdftoppm, pdfinfo)', () => {
      expect(
        missing,
        `CI must have every tool this test prints and reads PDFs with (.ci/run installs them); missing: ${missing.join(', ')}`,
      ).toEqual([]);
    });
  } else {
    // Outside CI a missing tool shows up as a skipped test that names it.
    it.skip(`are missing here: ${missing.join(', ')}`, () => {});
  }
});

describe.skipIf(missing.length > 0 && !mustRun)('documents print to real PDFs', () => {
  let browser: Browser;
  let dir: string;
  const keep = process.env.KEEP_PDF_DIR;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'backdesk-pdf-'));
    browser = await launchPdfBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Prints the page; returns the PDF path, its text (layout kept) and page count. */
  async function print(name: string, html: string) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const requests: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdfPath = join(dir, `${name}.pdf`);
      await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
      if (keep) {
        mkdirSync(keep, { recursive: true });
        copyFileSync(pdfPath, join(keep, `${name}.pdf`));
        writeFileSync(join(keep, `${name}.txt`), text);
      }
      return { pdfPath, text, info, requests };
    } finally {
      await context.close();
    }
  }

  function pageImage(pdfPath: string, name: string, pageNo = 1, dpi = 50): string {
    const prefix = join(dir, `${name}-p${pageNo}`);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(pageNo),
      '-l',
      String(pageNo),
      '-singlefile',
      pdfPath,
      prefix,
    ]);
    const png = `${prefix}.png`;
    if (keep) copyFileSync(png, join(keep, `${name}-p${pageNo}.png`));
    return png;
  }

  it('prints a long A4 memo on two numbered pages with its text intact', async () => {
    const { pdfPath, text, info, requests } = await print(
      'memo-a4',
      renderDocumentHtml(longMemo(), company),
    );

    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(requests).toEqual([]);

    expect(text).toContain('MEMORANDUM');
    expect(text).toContain('Acme Office Supplies Ltd');
    expect(text).toContain('12 Market Street, Springfield');
    expect(text).toMatch(/To:\s+All staff/);
    expect(text).toMatch(/From:\s+Jane Smith, Office Manager/);
    expect(text).toMatch(/CC:\s+Directors/);
    expect(text).toMatch(/Date:\s+14 March 2025/);
    expect(text).toMatch(/Subject:\s+Office move and parking changes/);

    expect(text).toContain('The car park closes on Friday for resurfacing.');
    expect(text).toMatch(/•\s+Move your car to the street/);
    expect(text).toMatch(/•\s+Hand in your parking permit/);
    expect(text).toMatch(/•\s+Tell reception if you need a space/);
    expect(text).toMatch(/1\.\s+Finance/);
    expect(text).toMatch(/2\.\s+Sales/);
    expect(text).toMatch(/3\.\s+Everyone else/);
    expect(text).toContain('Paragraph 1. The office will move');
    expect(text).toContain('Paragraph 12. The office will move');
    expect(text).toContain('Thank you for your patience.');

    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    // The company name repeats at the foot of each page, after the letterhead.
    expect(text.match(/Acme Office Supplies Ltd/g)?.length).toBeGreaterThanOrEqual(3);

    const png = pageImage(pdfPath, 'memo-a4');
    expect(statSync(png).size).toBeGreaterThan(5_000);
    expectPngSize(png, 413, 585); // A4 at 50 dpi
  });

  it("repeats a long table's header row on every page and never splits a row", async () => {
    // Every row is two lines tall, so some row meets each page end.
    const rows = Array.from({ length: 50 }, (_, i) => [
      [{ text: `Row ${i + 1}` }],
      [{ text: 'A long description that wraps\nonto a second line of the cell' }],
      [{ text: `${(i + 1) * 3}` }],
    ]);
    const doc: DocumentInput = {
      type: 'memo',
      date: '2025-03-14',
      subject: 'Stock count',
      body: {
        blocks: [
          { kind: 'heading', level: 1, runs: [{ text: 'Counted stock' }] },
          {
            kind: 'paragraph',
            runs: [
              { text: 'Counted on ', italic: true },
              { text: 'Friday', bold: true },
            ],
          },
          {
            kind: 'table',
            header: [[{ text: 'Ref' }], [{ text: 'Description' }], [{ text: 'Quantity' }]],
            rows,
          },
        ],
      },
    };
    const { pdfPath, info } = await print('memo-table', renderDocumentHtml(doc, company));
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    for (let p = 1; p <= pages; p += 1) {
      const pageText = execFileSync(
        'pdftotext',
        ['-layout', '-f', String(p), '-l', String(p), pdfPath, '-'],
        { encoding: 'utf8' },
      );
      expect(pageText, `page ${p}`).toMatch(/Ref\s+Description\s+Quantity/);
      expect(pageText).toContain(`Page ${p} of ${pages}`);
      for (const match of pageText.matchAll(
        /Row (\d+)\s+A long description that wraps[^\n]*\n\s*onto a second line/g,
      ))
        seen.push(match[1]!);
    }
    // Every row kept both its lines on one page.
    expect(seen).toEqual(rows.map((_, i) => String(i + 1)));
  });

  it('prints on US Letter when asked', async () => {
    const { pdfPath, text, info } = await print(
      'memo-letter',
      renderDocumentHtml({ ...longMemo(), pageSize: 'Letter' }, company),
    );
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(text).toContain('MEMORANDUM');
    expect(text).toMatch(/Page 1 of \d/);
    expectPngSize(pageImage(pdfPath, 'memo-letter'), 425, 550); // Letter at 50 dpi
  });

  it('prints hostile input as literal text and loads nothing', async () => {
    const { text, requests } = await print(
      'memo-hostile',
      renderDocumentHtml(hostileMemo(), { ...company, name: `Acme ${SCRIPT}` }),
    );
    expect(requests).toEqual([]);
    expect(text).toMatch(/To:\s+<script>alert\(1\)<\/script>/);
    expect(text).toMatch(/From:\s+<img src=x onerror=alert\(1\)>/);
    expect(text).toContain(`Subject ${SCRIPT}`);
    expect(text).toContain(`Body ${IMG}`);
    expect(text).toContain(`item ${SCRIPT}`);
    expect(text).toContain(`Acme ${SCRIPT}`);
  });
});
