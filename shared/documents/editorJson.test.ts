import { describe, expect, it } from 'vitest';
import { editorJsonToStructuredBody, structuredBodyToEditorJson } from './editorJson';
import { renderDocumentHtml } from './index';
import { structuredBodySchema } from './types';

const text = (t: string, marks?: unknown[]) => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('editor JSON → StructuredBody', () => {
  it('keeps headings, bold, italic, lists, tables and safe links', () => {
    const body = editorJsonToStructuredBody({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Plan')] },
        p(text('Read '), text('this', [{ type: 'bold' }, { type: 'italic' }]), text(' site', [{ type: 'link', attrs: { href: 'https://example.com/a', target: '_blank', onclick: 'x()' } }])),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('One'))] }, { type: 'listItem', content: [p(text('Two'))] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('Three'))] }] },
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [{ type: 'tableHeader', content: [p(text('Item'))] }, { type: 'tableHeader', content: [p(text('Qty'))] }] },
            { type: 'tableRow', content: [{ type: 'tableCell', content: [p(text('Pens'))] }, { type: 'tableCell', content: [p(text('12'))] }] },
          ],
        },
        p(),
      ],
    });
    expect(body).toEqual({
      blocks: [
        { kind: 'heading', level: 2, runs: [{ text: 'Plan' }] },
        { kind: 'paragraph', runs: [{ text: 'Read ' }, { text: 'this', bold: true, italic: true }, { text: ' site', href: 'https://example.com/a' }] },
        { kind: 'bulletList', items: [[{ text: 'One' }], [{ text: 'Two' }]] },
        { kind: 'orderedList', start: 3, items: [[{ text: 'Three' }]] },
        { kind: 'table', header: [[{ text: 'Item' }], [{ text: 'Qty' }]], rows: [[[{ text: 'Pens' }], [{ text: '12' }]]] },
      ],
    });
    expect(structuredBodySchema.safeParse(body).success).toBe(true);
  });

  it('drops unknown nodes and marks, and hostile hrefs', () => {
    const body = editorJsonToStructuredBody({
      type: 'doc',
      content: [
        { type: 'codeBlock', content: [text('rm -rf /')] },
        { type: 'iframe', attrs: { src: 'https://evil' } },
        { type: 'html', text: '<img src=x onerror=alert(1)>' },
        p(
          text('a', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          text('b', [{ type: 'link', attrs: { href: ' JaVaScRiPt:alert(1)' } }]),
          text('c', [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }]),
          text('d', [{ type: 'link', attrs: { href: 'java\tscript:x' } }]),
          text('e', [{ type: 'strike' }, { type: 'textStyle', attrs: { color: 'red' } }]),
          { type: 'image', attrs: { src: 'x' } },
          text('f', [{ type: 'link', attrs: { href: 'mailto:a@b.co' } }]),
        ),
        'junk',
        null,
      ],
    });
    expect(body).toEqual({ blocks: [{ kind: 'paragraph', runs: [{ text: 'abcde' }, { text: 'f', href: 'mailto:a@b.co' }] }] });
  });

  it('survives garbage input', () => {
    expect(editorJsonToStructuredBody(null)).toEqual({ blocks: [] });
    expect(editorJsonToStructuredBody({ content: 'x' })).toEqual({ blocks: [] });
  });

  it('round-trips through the editor form', () => {
    const body = {
      blocks: [
        { kind: 'paragraph' as const, runs: [{ text: 'Hi\nthere', bold: true }] },
        { kind: 'bulletList' as const, items: [[{ text: 'x', href: 'https://a.b/' }]] },
        { kind: 'table' as const, header: [[{ text: 'H' }]], rows: [[[{ text: 'C' }]]] },
      ],
    };
    expect(editorJsonToStructuredBody(structuredBodyToEditorJson(body))).toEqual(body);
  });

  it('prints links as anchors only when safe', () => {
    const html = renderDocumentHtml(
      { type: 'memo', date: '2026-01-01', body: { blocks: [{ kind: 'paragraph', runs: [{ text: 'ok', href: 'https://a.b/?q="x"' }, { text: 'bad', href: 'javascript:alert(1)' }] }] } },
      { name: 'Acme' },
    );
    expect(html).toContain('<a href="https://a.b/?q=&quot;x&quot;">ok</a>');
    expect(html).not.toContain('javascript:');
  });
});

describe('long text (issue 15.9)', () => {
  it('keeps a 200,000-character run whole: nothing typed after a long token is dropped', () => {
    const text = 'x'.repeat(199_996) + ' end';
    const body = editorJsonToStructuredBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    expect(body.blocks).toEqual([{ kind: 'paragraph', runs: [{ text }] }]);
  });
});
