import { describe, expect, it } from 'vitest';
import {
  type CompanyProfile,
  type DocumentInput,
  DOCUMENT_CSP,
  defaultPageSize,
  renderDocumentHtml,
  renderDocumentTitle,
} from './index';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const QUOTES = `"quoted" & 'single'`;
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const company: CompanyProfile = {
  name: 'Acme Office Ltd',
  address: '1 High Street\nLondon',
  locale: 'en-GB',
};

function memo(overrides: Partial<DocumentInput> = {}): DocumentInput {
  return {
    type: 'memo',
    date: '2025-03-14',
    to: 'All staff',
    from: 'Office manager',
    cc: 'Directors',
    subject: 'Parking changes',
    body: 'The car park closes on Friday.',
    ...overrides,
  };
}

/** Markup outside the <style> element — where escaped user text must land. */
function bodyMarkup(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/, '');
}

describe('renderDocumentHtml', () => {
  it('returns one standalone, inert page', () => {
    const html = renderDocumentHtml(memo(), company);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">`);
    expect(DOCUMENT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import|@font-face|url\(/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html.match(/<html/g)).toHaveLength(1);
  });

  it('lays out a memo: title, fields with a locale-formatted date, rule, body', () => {
    const html = renderDocumentHtml(memo(), company);
    const order = [
      'MEMORANDUM',
      'To:',
      'All staff',
      'From:',
      'Office manager',
      'CC:',
      'Directors',
      'Date:',
      '14 March 2025',
      'Subject:',
      'Parking changes',
      'doc-rule',
      'The car park closes on Friday.',
    ];
    let at = 0;
    for (const needle of order) {
      const found = html.indexOf(needle, at);
      expect(found, needle).toBeGreaterThan(-1);
      at = found;
    }
    expect(renderDocumentHtml(memo(), { ...company, locale: 'en-US' })).toContain('March 14, 2025');
    expect(renderDocumentHtml(memo(), { ...company, locale: 'de-DE' })).toContain('14. März 2025');
    expect(renderDocumentHtml(memo(), { ...company, locale: 'not a locale!' })).toContain('2025');
  });

  it('leaves out empty optional fields but always states the date', () => {
    const html = renderDocumentHtml(memo({ cc: '', to: null, from: undefined }), company);
    expect(html).not.toContain('CC:');
    expect(html).not.toContain('To:');
    expect(html).toContain('Date:');
  });

  it.each(['to', 'from', 'cc', 'subject', 'title', 'body'] as const)(
    'escapes hostile text in %s',
    (field) => {
      for (const hostile of [SCRIPT, IMG, QUOTES]) {
        const html = renderDocumentHtml(memo({ [field]: hostile }), company);
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<img src=x/i);
        if (hostile === QUOTES) {
          expect(bodyMarkup(html)).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
        } else {
          expect(bodyMarkup(html)).toContain(hostile.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
        }
      }
    },
  );

  it('escapes hostile text in the date, structured runs and table cells', () => {
    const html = renderDocumentHtml(
      memo({
        date: SCRIPT,
        body: {
          blocks: [
            { kind: 'heading', level: 1, runs: [{ text: SCRIPT }] },
            { kind: 'bulletList', items: [[{ text: IMG, bold: true }]] },
            { kind: 'table', header: [[{ text: SCRIPT }]], rows: [[[{ text: IMG }]]] },
          ],
        },
      }),
      company,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/i);
    expect(html.match(/&lt;script&gt;alert\(1\)&lt;\/script&gt;/g)?.length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it.each(['name', 'address', 'phone', 'email', 'website'] as const)(
    'escapes hostile company %s, in markup and in the page footer',
    (field) => {
      for (const hostile of [
        SCRIPT,
        IMG,
        `</style>${SCRIPT}`,
        `"; } body { display: none } x { content: "`,
      ]) {
        const html = renderDocumentHtml(memo(), { ...company, [field]: hostile });
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<img src=x/i);
        expect(html.match(/<\/style>/g)).toHaveLength(1);
        expect(html.match(/<style>[\s\S]*<\/style>/)?.[0]).not.toContain('display: none');
        expect(bodyMarkup(html)).toContain(escapeForCheck(hostile));
      }
    },
  );

  it('escapes the unusual parts of a document that a caller controls: type and page size', () => {
    const html = renderDocumentHtml(
      memo({ type: SCRIPT as never, pageSize: SCRIPT as never }),
      company,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('size: A4');
  });

  it('switches the @page size between A4 (default) and US Letter', () => {
    const a4 = renderDocumentHtml(memo(), company);
    expect(a4).toMatch(/@page\s*{\s*size: A4;/);
    expect(renderDocumentHtml(memo({ pageSize: 'A4' }), company)).toMatch(/@page\s*{\s*size: A4;/);
    const letter = renderDocumentHtml(memo({ pageSize: 'Letter' }), company);
    expect(letter).toMatch(/@page\s*{\s*size: letter;/);
    expect(letter).not.toContain('size: A4');
    expect(letter).toContain('width: 8.5in');
    expect(a4).toContain('width: 210mm');
  });

  it('numbers every page and keeps tables, rows and headings together', () => {
    const html = renderDocumentHtml(memo(), company);
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages)');
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/tr \{ break-inside: avoid;/);
    expect(html).toMatch(/h4 \{[^}]*break-after: avoid;/);
  });

  it('shows a valid logo and leaves out anything that is not an inline image', () => {
    expect(renderDocumentHtml(memo(), { ...company, logoDataUrl: PNG })).toContain(
      `<img class="letterhead-logo" src="${PNG}"`,
    );
    for (const bad of [
      'javascript:alert(1)',
      'http://example.com/logo.png',
      'https://example.com/x.png',
      `data:image/png;base64,AAAA" onerror="alert(1)`,
      'data:text/html,<script>alert(1)</script>',
    ]) {
      const html = renderDocumentHtml(memo(), { ...company, logoDataUrl: bad });
      expect(html).not.toContain('letterhead-logo"');
      expect(html).not.toMatch(/javascript:|https?:\/\/|onerror=|<script/i);
    }
  });

  it('renders a letterhead with name and address lines, and none when the company is blank', () => {
    const html = renderDocumentHtml(memo(), company);
    expect(html).toContain('<div class="letterhead-name">Acme Office Ltd</div>');
    expect(html).toContain('<div class="letterhead-address">1 High Street<br>London</div>');
    expect(renderDocumentHtml(memo(), { name: '' })).not.toContain('<header class="letterhead">');
  });

  it('prints the contact line with the website host but no scheme', () => {
    const html = renderDocumentHtml(memo(), {
      ...company,
      phone: '+1 555 0100',
      email: 'office@acme.example',
      website: 'https://www.acme.example/',
    });
    expect(html).toContain(
      '<div class="letterhead-contact">+1 555 0100 · office@acme.example · www.acme.example</div>',
    );
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('sets the page language from the company locale', () => {
    expect(renderDocumentHtml(memo(), company)).toContain('<html lang="en-GB">');
    expect(renderDocumentHtml(memo(), { name: 'x', locale: '"><script>' })).toContain(
      '<html lang="en">',
    );
  });

  it('renders other kinds through the same page with their own heading', () => {
    const html = renderDocumentHtml(memo({ type: 'fax' }), company);
    expect(html).toContain('>FAX</h1>');
    expect(html).toContain('Content-Security-Policy');
  });
});

describe('defaultPageSize', () => {
  it('picks US Letter for the Americas that use it and A4 elsewhere', () => {
    expect(defaultPageSize('en-US')).toBe('Letter');
    expect(defaultPageSize('en')).toBe('Letter');
    expect(defaultPageSize('fr-CA')).toBe('Letter');
    expect(defaultPageSize('en-GB')).toBe('A4');
    expect(defaultPageSize('de')).toBe('A4');
    expect(defaultPageSize(undefined)).toBe('A4');
    expect(defaultPageSize('!!')).toBe('A4');
  });
});

describe('renderDocumentTitle', () => {
  it('names the kind, date and title or subject', () => {
    expect(renderDocumentTitle(memo())).toBe('Memo 2025-03-14 - Parking changes');
    expect(renderDocumentTitle(memo({ title: 'Car park' }))).toBe('Memo 2025-03-14 - Car park');
    expect(renderDocumentTitle(memo({ subject: '', title: '' }))).toBe('Memo 2025-03-14');
  });

  it('is safe as a file name on every platform', () => {
    const title = renderDocumentTitle(
      memo({ subject: 'a/b\\c: "d" <e> | f? g*\n..  ', date: 'nope' }),
    );
    expect(title).toBe('Memo - a-b-c d e f g');
    expect(title).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
    expect(renderDocumentTitle(memo({ subject: 'x'.repeat(500) })).length).toBeLessThanOrEqual(120);
  });
});

function escapeForCheck(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
