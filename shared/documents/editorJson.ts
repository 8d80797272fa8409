/**
 * The rich editor's document (ProseMirror/TipTap JSON) to the StructuredBody the app stores,
 * and back. The way in is a whitelist: paragraphs, headings 1–3, bullet and numbered lists,
 * tables, text with bold, italic and http(s)/mailto links. Every other node or mark — and
 * every attribute not named here — is dropped, so what is stored never depends on what an
 * editor extension or a paste happened to produce, and never holds HTML.
 */
import { safeLinkHref } from './templates/escape';
import type { Block, Inline, StructuredBody, TextRun } from './types';

/** The subset of the editor's JSON this module reads; everything is checked at run time. */
export interface EditorNode {
  type?: unknown;
  attrs?: Record<string, unknown> | null;
  content?: unknown;
  text?: unknown;
  marks?: unknown;
}

/**
 * A safety net far above the body's limit (STRUCTURED_BODY_LIMITS.text, 200,000): text was
 * once cut here at 100,000 characters, so what was typed after a long pasted token silently
 * vanished on save. Now an over-long body reaches the schema, which says so in words.
 */
const MAX_TEXT = 1_000_000;

function children(node: EditorNode | undefined): EditorNode[] {
  return Array.isArray(node?.content)
    ? (node.content as unknown[]).filter((c): c is EditorNode => !!c && typeof c === 'object')
    : [];
}

function runFrom(node: EditorNode): TextRun | null {
  if (node.type === 'hardBreak') return { text: '\n' };
  if (node.type !== 'text' || typeof node.text !== 'string') return null;
  const run: TextRun = { text: node.text.slice(0, MAX_TEXT) };
  const marks = Array.isArray(node.marks) ? (node.marks as EditorNode[]) : [];
  for (const mark of marks) {
    if (!mark || typeof mark !== 'object') continue;
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'link') {
      const href = safeLinkHref(mark.attrs?.href);
      if (href) run.href = href;
    }
  }
  return run;
}

/** Adjacent runs with the same formatting become one, so stored bodies stay small. */
function merge(runs: TextRun[]): Inline {
  const out: TextRun[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    // A line break carries no formatting of its own: it joins the run before it.
    if (last && run.text === '\n' && !run.bold && !run.italic && !run.href) last.text += '\n';
    else if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && last.href === run.href) {
      last.text += run.text;
    } else out.push({ ...run });
  }
  return out;
}

function inlineOf(node: EditorNode): Inline {
  return merge(children(node).map(runFrom).filter((r): r is TextRun => r !== null));
}

/** A list item or table cell: its paragraphs' text, joined by line breaks. */
function flatInline(node: EditorNode): Inline {
  const runs: TextRun[] = [];
  for (const child of children(node)) {
    if (child.type === 'paragraph' || child.type === 'heading') {
      if (runs.length > 0) runs.push({ text: '\n' });
      runs.push(...inlineOf(child));
    }
  }
  return merge(runs);
}

function listItems(list: EditorNode): Inline[] {
  const items: Inline[] = [];
  for (const item of children(list)) {
    if (item.type !== 'listItem') continue;
    items.push(flatInline(item));
    // Nested lists are flattened into the same list: the printed form has one level.
    for (const nested of children(item)) {
      if (nested.type === 'bulletList' || nested.type === 'orderedList') items.push(...listItems(nested));
    }
  }
  return items;
}

function tableBlock(node: EditorNode): Block | null {
  const rows = children(node).filter((r) => r.type === 'tableRow');
  if (rows.length === 0) return null;
  const cellsOf = (row: EditorNode) =>
    children(row).filter((c) => c.type === 'tableCell' || c.type === 'tableHeader');
  const firstCells = cellsOf(rows[0]!);
  const headerRow = firstCells.length > 0 && firstCells.every((c) => c.type === 'tableHeader');
  const body = (headerRow ? rows.slice(1) : rows).map((row) => cellsOf(row).map(flatInline));
  return headerRow
    ? { kind: 'table', header: firstCells.map(flatInline), rows: body }
    : { kind: 'table', rows: body };
}

function blockFrom(node: EditorNode): Block | null {
  switch (node.type) {
    case 'paragraph':
      return { kind: 'paragraph', runs: inlineOf(node) };
    case 'heading': {
      const level = node.attrs?.level === 2 ? 2 : node.attrs?.level === 3 ? 3 : 1;
      return { kind: 'heading', level, runs: inlineOf(node) };
    }
    case 'bulletList':
      return { kind: 'bulletList', items: listItems(node) };
    case 'orderedList': {
      const start = node.attrs?.start;
      const items = listItems(node);
      return typeof start === 'number' && Number.isInteger(start) && start >= 0 && start !== 1
        ? { kind: 'orderedList', start, items }
        : { kind: 'orderedList', items };
    }
    case 'table':
      return tableBlock(node);
    default:
      return null;
  }
}

export function editorJsonToStructuredBody(json: unknown): StructuredBody {
  if (!json || typeof json !== 'object') return { blocks: [] };
  const blocks = children(json as EditorNode)
    .map(blockFrom)
    .filter((b): b is Block => b !== null);
  // The editor always holds one empty paragraph; a body with only that is empty.
  while (blocks.length > 0) {
    const last = blocks.at(-1)!;
    if (last.kind === 'paragraph' && last.runs.every((r) => r.text.trim() === '')) blocks.pop();
    else break;
  }
  return { blocks };
}

// ---- back to the editor ----

type Json = Record<string, unknown>;

function textNodes(runs: Inline | undefined): Json[] {
  const out: Json[] = [];
  for (const run of Array.isArray(runs) ? runs : []) {
    if (!run || typeof run.text !== 'string') continue;
    const marks: Json[] = [];
    if (run.bold) marks.push({ type: 'bold' });
    if (run.italic) marks.push({ type: 'italic' });
    const href = safeLinkHref(run.href);
    if (href) marks.push({ type: 'link', attrs: { href } });
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push({ type: 'hardBreak' });
      if (part) out.push(marks.length ? { type: 'text', text: part, marks } : { type: 'text', text: part });
    });
  }
  return out;
}

function paragraph(runs: Inline | undefined): Json {
  const content = textNodes(runs);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function cell(type: 'tableCell' | 'tableHeader', runs: Inline): Json {
  return { type, content: [paragraph(runs)] };
}

export function structuredBodyToEditorJson(body: StructuredBody): Json {
  const content: Json[] = [];
  for (const block of body.blocks) {
    switch (block.kind) {
      case 'paragraph':
        content.push(paragraph(block.runs));
        break;
      case 'heading': {
        const inner = textNodes(block.runs);
        content.push({ type: 'heading', attrs: { level: block.level }, ...(inner.length ? { content: inner } : {}) });
        break;
      }
      case 'bulletList':
      case 'orderedList':
        if (block.items.length === 0) break;
        content.push({
          type: block.kind,
          ...(block.kind === 'orderedList' ? { attrs: { start: block.start ?? 1 } } : {}),
          content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
        });
        break;
      case 'table': {
        const rows: Json[] = [];
        if (block.header && block.header.length > 0) {
          rows.push({ type: 'tableRow', content: block.header.map((c) => cell('tableHeader', c)) });
        }
        for (const row of block.rows) {
          if (row.length > 0) rows.push({ type: 'tableRow', content: row.map((c) => cell('tableCell', c)) });
        }
        if (rows.length > 0) content.push({ type: 'table', content: rows });
        break;
      }
    }
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
