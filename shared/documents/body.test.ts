import { describe, expect, it } from 'vitest';
import { bodyToPlainText, parsePlainBody, toStructuredBody } from './templates/body';
import { renderBody } from './templates/body';

describe('parsePlainBody', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(parsePlainBody('First para\ncontinues here.\n\n\nSecond para.').blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'First para\ncontinues here.' }] },
      { kind: 'paragraph', runs: [{ text: 'Second para.' }] },
    ]);
  });

  it('reads "- " and "* " lines as one bullet list, with indented continuation lines', () => {
    expect(
      parsePlainBody('Please bring:\n- pens\n* paper\n  and staples\n- coffee').blocks,
    ).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Please bring:' }] },
      {
        kind: 'bulletList',
        items: [[{ text: 'pens' }], [{ text: 'paper and staples' }], [{ text: 'coffee' }]],
      },
    ]);
  });

  it('reads numbered lines as an ordered list, keeping a start number other than 1', () => {
    expect(parsePlainBody('1. one\n2. two').blocks).toEqual([
      { kind: 'orderedList', items: [[{ text: 'one' }], [{ text: 'two' }]] },
    ]);
    expect(parsePlainBody('3) three\n4) four').blocks).toEqual([
      { kind: 'orderedList', start: 3, items: [[{ text: 'three' }], [{ text: 'four' }]] },
    ]);
  });

  it('separates lists of different kinds and paragraphs after a list', () => {
    const kinds = parsePlainBody('- a\n- b\n1. c\nAfter the list.\n\nNext.').blocks.map(
      (b) => b.kind,
    );
    expect(kinds).toEqual(['bulletList', 'orderedList', 'paragraph', 'paragraph']);
  });

  it('does not treat hyphenated words, dashes without a space or "1.5" as list items', () => {
    expect(parsePlainBody('-5 degrees\n1.5 litres\nwell-known').blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: '-5 degrees\n1.5 litres\nwell-known' }] },
    ]);
  });

  it('handles Windows line endings and an empty body', () => {
    expect(parsePlainBody('a\r\n\r\nb').blocks).toHaveLength(2);
    expect(parsePlainBody('').blocks).toEqual([]);
    expect(parsePlainBody('   \n\n  ').blocks).toEqual([]);
  });
});

describe('renderBody', () => {
  it('renders paragraphs, line breaks, bullet and numbered lists', () => {
    const html = renderBody('Intro\nline two\n\n- a\n- b\n\n2. x\n3. y');
    expect(html).toContain('<p>Intro<br>line two</p>');
    expect(html).toContain('<ul><li>a</li><li>b</li></ul>');
    expect(html).toContain('<ol start="2"><li>x</li><li>y</li></ol>');
  });

  it('renders a structured body: headings, bold/italic runs and tables with a header row', () => {
    const html = renderBody({
      blocks: [
        { kind: 'heading', level: 1, runs: [{ text: 'Budget' }] },
        {
          kind: 'paragraph',
          runs: [
            { text: 'Total ', bold: true },
            { text: 'so far', italic: true },
          ],
        },
        {
          kind: 'table',
          header: [[{ text: 'Item' }], [{ text: 'Cost' }]],
          rows: [[[{ text: 'Paper' }], [{ text: '12.00' }]]],
        },
      ],
    });
    expect(html).toContain('<h2>Budget</h2>');
    expect(html).toContain('<strong>Total </strong><em>so far</em>');
    expect(html).toContain(
      '<thead><tr><th scope="col">Item</th><th scope="col">Cost</th></tr></thead>',
    );
    expect(html).toContain('<tbody><tr><td>Paper</td><td>12.00</td></tr></tbody>');
  });

  it('skips unknown or malformed blocks instead of throwing', () => {
    const body = {
      blocks: [{ kind: 'video', src: 'x' }, null, { kind: 'paragraph', runs: [{ text: 'ok' }] }],
    };
    expect(renderBody(body as never)).toContain('<p>ok</p>');
    expect(toStructuredBody(undefined)).toEqual({ blocks: [] });
  });
});

describe('bodyToPlainText', () => {
  it('extracts the words of a structured body for search, tables and lists included', () => {
    expect(
      bodyToPlainText({
        blocks: [
          { kind: 'heading', level: 1, runs: [{ text: 'Plan' }] },
          { kind: 'paragraph', runs: [{ text: 'Read ' }, { text: 'this', bold: true }] },
          { kind: 'bulletList', items: [[{ text: 'One' }], [{ text: 'Two' }]] },
          { kind: 'orderedList', start: 3, items: [[{ text: 'Three' }]] },
          { kind: 'table', header: [[{ text: 'Item' }], [{ text: 'Qty' }]], rows: [[[{ text: 'Pens' }], [{ text: '12' }]]] },
          { kind: 'paragraph', runs: [] },
        ],
      }),
    ).toBe('Plan\n\nRead this\n\n- One\n- Two\n\n3. Three\n\nItem | Qty\nPens | 12');
    expect(bodyToPlainText('plain stays plain')).toBe('plain stays plain');
  });
});
