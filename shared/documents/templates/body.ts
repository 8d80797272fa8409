/**
 * Document bodies: the plain-text convention the memo editor uses today, parsed into the
 * same block tree the rich editor will produce later, and one renderer for that tree.
 *
 * Plain text: a blank line starts a new paragraph; a line starting with '- ' or '* ' is a
 * bullet; '1. ' (or '1) ') a numbered item. An indented line after an item continues it; any
 * other single line break inside a paragraph is kept, because in a typed memo it is meant
 * (a sign-off, an address).
 */
import type { Block, Inline, StructuredBody, TextRun } from '../types';
import { escapeHtml, safeLinkHref } from './escape';

const BULLET = /^\s{0,3}[-*]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const CONTINUATION = /^\s+\S/;

interface ListState {
  kind: 'bulletList' | 'orderedList';
  start: number;
  items: string[];
}

function plain(text: string): Inline {
  return [{ text }];
}

export function parsePlainBody(source: string): StructuredBody {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  // Typed through a cast because TypeScript cannot see the closures below reassigning it.
  let list = null as ListState | null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', runs: plain(paragraph.join('\n')) });
    paragraph = [];
  };
  const flushList = () => {
    if (!list) return;
    const items = list.items.map(plain);
    blocks.push(
      list.kind === 'bulletList'
        ? { kind: 'bulletList', items }
        : list.start === 1
          ? { kind: 'orderedList', items }
          : { kind: 'orderedList', start: list.start, items },
    );
    list = null;
  };

  for (const rawLine of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.replace(/\s+$/, '');
    if (line === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const kind = bullet ? 'bulletList' : 'orderedList';
      if (list?.kind !== kind) {
        flushList();
        list = { kind, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      list.items.push(bullet ? bullet[1]! : numbered![2]!);
      continue;
    }
    if (list && CONTINUATION.test(line) && list.items.length > 0) {
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]} ${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return { blocks };
}

export function toStructuredBody(body: string | StructuredBody | null | undefined): StructuredBody {
  if (typeof body === 'string') return parsePlainBody(body);
  if (body && Array.isArray(body.blocks)) return body;
  return { blocks: [] };
}

// The tree may come from storage written by an older or newer editor, so rendering checks
// shapes at run time and skips what it does not know instead of throwing mid-print.
function renderRun(run: TextRun): string {
  if (!run || typeof run !== 'object') return '';
  let html = escapeHtml(run.text).replace(/\r\n?/g, '\n').split('\n').join('<br>');
  if (run.italic === true) html = `<em>${html}</em>`;
  if (run.bold === true) html = `<strong>${html}</strong>`;
  const href = safeLinkHref(run.href);
  if (href) html = `<a href="${escapeHtml(href)}">${html}</a>`;
  return html;
}

export function renderInline(runs: Inline | undefined): string {
  return Array.isArray(runs) ? runs.map(renderRun).join('') : '';
}

function renderItems(items: Inline[] | undefined): string {
  return (Array.isArray(items) ? items : [])
    .map((item) => `<li>${renderInline(item)}</li>`)
    .join('');
}

function renderBlock(block: Block): string {
  if (!block || typeof block !== 'object') return '';
  switch (block.kind) {
    case 'paragraph':
      return `<p>${renderInline(block.runs)}</p>`;
    case 'heading': {
      // The page's own title is the h1; body headings sit below it.
      const level = block.level === 2 ? 3 : block.level === 3 ? 4 : 2;
      return `<h${level}>${renderInline(block.runs)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${renderItems(block.items)}</ul>`;
    case 'orderedList': {
      const start =
        Number.isInteger(block.start) && block.start !== undefined && block.start !== 1
          ? ` start="${escapeHtml(block.start)}"`
          : '';
      return `<ol${start}>${renderItems(block.items)}</ol>`;
    }
    case 'table': {
      const header =
        Array.isArray(block.header) && block.header.length > 0
          ? `<thead><tr>${block.header.map((cell) => `<th scope="col">${renderInline(cell)}</th>`).join('')}</tr></thead>`
          : '';
      const rows = (Array.isArray(block.rows) ? block.rows : [])
        .map(
          (row) =>
            `<tr>${(Array.isArray(row) ? row : []).map((cell) => `<td>${renderInline(cell)}</td>`).join('')}</tr>`,
        )
        .join('');
      return `<table class="body-table">${header}<tbody>${rows}</tbody></table>`;
    }
    default:
      return '';
  }
}

export function renderBody(body: string | StructuredBody | null | undefined): string {
  return toStructuredBody(body).blocks.map(renderBlock).join('\n');
}

function inlineText(runs: Inline | undefined): string {
  return Array.isArray(runs) ? runs.map((run) => (run && typeof run.text === 'string' ? run.text : '')).join('') : '';
}

/**
 * The words of a body as plain text, one block per paragraph: what the register searches and
 * what a stored document keeps in its plain `body` beside the structured one.
 */
export function bodyToPlainText(body: string | StructuredBody | null | undefined): string {
  if (typeof body === 'string') return body;
  const out: string[] = [];
  for (const block of toStructuredBody(body).blocks) {
    if (!block || typeof block !== 'object') continue;
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        out.push(inlineText(block.runs));
        break;
      case 'bulletList':
        out.push((block.items ?? []).map((item) => `- ${inlineText(item)}`).join('\n'));
        break;
      case 'orderedList':
        out.push(
          (block.items ?? []).map((item, i) => `${(block.start ?? 1) + i}. ${inlineText(item)}`).join('\n'),
        );
        break;
      case 'table':
        out.push(
          [block.header ?? [], ...(block.rows ?? [])]
            .filter((row) => row.length > 0)
            .map((row) => row.map(inlineText).join(' | '))
            .join('\n'),
        );
        break;
    }
  }
  return out.filter((text) => text.trim() !== '').join('\n\n');
}
