/**
 * The memo the print benchmark renders: a page and a half of typical office prose with a
 * letterhead logo, so the PDF exercises fonts, wrapping, a page break and an image.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { type CompanyProfile, type DocumentInput, type StructuredBody, renderDocumentHtml } from '../../shared/documents';
import { PrintPreview } from '../features/documents/components/PrintPreview';
import { RichTextEditor } from '../features/documents/components/RichTextEditor';
import { type ScenarioResult, log, timeRuns } from './common';

// A small square logo; data: images are the only kind documents accept.
const LOGO =
  'data:image/svg+xml;base64,' +
  btoa(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="12" fill="#1f6feb"/><text x="32" y="42" font-size="28" text-anchor="middle" fill="#fff" font-family="sans-serif">HL</text></svg>',
  );

const PARAGRAPHS = [
  'From Monday the 4th the store room on the second floor moves to the old print room beside reception. The shelves go first thing in the morning; supplies follow after lunch, so please take what you need for the day before eleven.',
  'Paper, toner and envelopes will be on the left as you enter, in the same order as the inventory list. Kitchen and cleaning supplies stay where they are. Anything you take, write on the sign-out sheet by the door; we count the shelves on Fridays and order on Mondays.',
  'If you keep team stock at your desk, bring it back by Wednesday so it can be counted with the rest. The count decides next month’s order, and anything not counted is ordered again.',
  'The new room has a lock. Keys are with reception and the office manager; out of hours, the facilities line can open it.',
  'Thank you for your patience while we move. Questions to me, by email or in person.',
];

export const MEMO: DocumentInput = {
  type: 'memo',
  date: '2026-11-02',
  to: 'All staff',
  from: 'Dana Whitfield, Office Manager',
  cc: 'Facilities; Reception',
  subject: 'Store room move and the new sign-out sheet',
  body: [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].join('\n\n'),
};

export const COMPANY: CompanyProfile = {
  name: 'Harbor Lane Design Studio',
  address: '14 Harbor Lane\nPortsmouth PO1 3AX',
  logoDataUrl: LOGO,
  locale: 'en-GB',
  currency: 'GBP',
};

// ---------------------------------------------------------------------------------------------
// memo.hostileToken.100k (issue 15.9): a memo whose body is one unbroken 100,000-character
// token, opened as the app opens a stored memo: the rich editor mounted with it and laid out,
// and the print preview (renderDocumentHtml into PrintPreview) until it has measured its pages.
// Baseline, same run and same text: a plain <p> laid out at the editor's width, and a frame
// holding the text as one plain paragraph. ratio = baseline ms / memo ms (higher is better; the
// editor once took 76 s here, the baseline takes milliseconds).
// ---------------------------------------------------------------------------------------------

const TOKEN_LENGTH = 100_000;
/** 'Tokenstart' and then 'abcdefghij' to 100,000 characters: no space, no break opportunity. */
export const HOSTILE_TOKEN = 'Tokenstart' + 'abcdefghij'.repeat((TOKEN_LENGTH - 10) / 10);

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** A box as wide as the editor's column, on screen so it is really laid out. */
function stage(): HTMLDivElement {
  const el = document.createElement('div');
  el.style.cssText = 'position:absolute;left:0;top:0;width:480px;background:#fff';
  document.body.append(el);
  return el;
}

/** Loads `html` into a sandboxed frame of a Letter page's size and forces its layout. */
async function layOutFrame(host: HTMLElement, html: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:816px;height:1056px;border:0';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  frame.srcdoc = html;
  host.append(frame);
  await loaded;
  void frame.contentDocument?.body.scrollHeight;
}

async function openHostileMemo(): Promise<number> {
  const host = stage();
  const body: StructuredBody = { blocks: [{ kind: 'paragraph', runs: [{ text: HOSTILE_TOKEN }] }] };
  const start = performance.now();
  const root = createRoot(host);
  // The editor, and the preview as the editor screen shows it (sheets drawn as they come near).
  const html = renderDocumentHtml({ ...MEMO, subject: 'One long token', body }, COMPANY);
  root.render(
    createElement(
      'div',
      null,
      createElement(RichTextEditor, { initial: body, onChange: () => undefined, label: 'Body' }),
      createElement('div', { style: { width: 600 } }, createElement(PrintPreview, { html, pageSize: 'Letter' })),
    ),
  );
  const editorText = () => host.querySelector('[contenteditable]')?.textContent?.length ?? 0;
  // The preview has measured its pages once its first sheet's frame has loaded and been laid out.
  const pagesShown = () => /^([2-9]|\d\d+) pages$/.test(host.querySelector('.doc-preview-pages')?.getAttribute('aria-label') ?? '');
  while (editorText() < HOSTILE_TOKEN.length || !pagesShown()) await nextFrame();
  void host.offsetHeight;
  const ms = performance.now() - start;
  root.unmount();
  host.remove();
  return ms;
}

async function openPlainText(): Promise<number> {
  const host = stage();
  const start = performance.now();
  const p = document.createElement('p');
  p.style.overflowWrap = 'anywhere';
  p.textContent = HOSTILE_TOKEN;
  host.append(p);
  // The editor path waits for at least one frame to see its text; so does this one.
  await nextFrame();
  void host.offsetHeight;
  await layOutFrame(host, `<!doctype html><p style="overflow-wrap:anywhere">${HOSTILE_TOKEN}</p>`);
  const ms = performance.now() - start;
  host.remove();
  return ms;
}

export const memoScenarios: Record<string, () => Promise<ScenarioResult>> = {
  'memo.hostileToken.100k': async () => {
    const value = await timeRuns(5, openHostileMemo);
    const baseline = await timeRuns(5, openPlainText);
    log(`memo.hostileToken: editor and preview ${value.toFixed(0)} ms; the same text as a plain paragraph and page ${baseline.toFixed(0)} ms`);
    return { value, unit: 'ms', baseline, ratio: baseline / value };
  },
};
