import { describe, expect, it } from 'vitest';
import {
  LABEL_GEOMETRY,
  clampText,
  labelSlots,
  labelsPerSheet,
  renderAssetLabelsHtml,
  renderCodeSvg,
  tagFontSize,
  type AssetLabel,
  type LabelLayout,
} from './labels';
import { DOCUMENT_CSP } from './layout';

const company = { name: 'Acme & Co', locale: 'en-GB' };

const labels = (count: number): AssetLabel[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `Laptop ${i + 1}`,
    tag: `BD-${String(i + 1).padStart(4, '0')}`,
    subtitle: 'Room 2.14',
  }));

const count = (html: string, needle: string) => html.split(needle).length - 1;
const sheets = (html: string) => count(html, '<section class="label-sheet"');
const filled = (html: string) => count(html, '<div class="label label-qr">') + count(html, '<div class="label label-code128">');
const skipped = (html: string) => count(html, 'class="label label-skip"');

describe('asset labels', () => {
  it('prints user text literally, never as HTML', () => {
    const html = renderAssetLabelsHtml(
      {
        labels: [{ name: '<script>x</script>', tag: 'A"1\'<b>', subtitle: '<img src=x onerror=alert(1)>' }],
        layout: '3x8-a4',
        codeType: 'qr',
      },
      { name: 'Evil <i>Co</i>' },
    );
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('A&quot;1&#39;&lt;b&gt;');
    expect(html).toContain('Evil &lt;i&gt;Co&lt;/i&gt;');
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    // The code's accessible name is escaped too, and the page is inert.
    expect(html).toContain('aria-label="A&quot;1&#39;&lt;b&gt;"');
    expect(html).toContain(DOCUMENT_CSP);
  });

  it('fills 24 labels per A4 sheet and breaks the page after each full sheet', () => {
    const html = renderAssetLabelsHtml({ labels: labels(25), layout: '3x8-a4', codeType: 'qr' }, company);
    expect(sheets(html)).toBe(2);
    expect(filled(html)).toBe(25);
    expect(html).toContain('aria-label="Sheet 2 of 2"');
    expect(html).toMatch(/\.label-sheet \{[^}]*break-after: page;/);
    expect(html).toMatch(/\.label-sheet:last-child \{ break-after: auto;/);
    const [, second] = html.split('aria-label="Sheet 2 of 2"');
    expect(second).toContain('BD-0025');
    expect(second).not.toContain('BD-0024');
  });

  it('uses the real sheet geometry', () => {
    expect(labelsPerSheet('3x8-a4')).toBe(24);
    expect(labelsPerSheet('3x10-letter')).toBe(30);
    expect(labelsPerSheet('single')).toBe(1);
    // Every layout's labels fit across and down its page.
    for (const layout of Object.keys(LABEL_GEOMETRY) as LabelLayout[]) {
      const g = LABEL_GEOMETRY[layout];
      expect(2 * g.left + g.columns * g.labelWidth + (g.columns - 1) * g.columnGap).toBeCloseTo(g.pageWidth, 6);
      expect(g.top + g.rows * g.labelHeight + (g.rows - 1) * g.rowGap).toBeLessThanOrEqual(g.pageHeight);
    }

    const a4 = renderAssetLabelsHtml({ labels: labels(3), layout: '3x8-a4', codeType: 'qr' }, company);
    expect(a4).toContain('@page { size: 210mm 297mm; margin: 0; }');
    expect(a4).toContain('grid-template-columns: repeat(3, 70mm)');
    expect(a4).toContain('grid-auto-rows: 37mm');

    // Avery 5160: 2.625" × 1", 0.5" top, 0.1875" sides, 0.125" between columns.
    const letter = renderAssetLabelsHtml({ labels: labels(31), layout: '3x10-letter', codeType: 'code128' }, company);
    expect(letter).toContain('@page { size: 215.9mm 279.4mm; margin: 0; }');
    expect(letter).toContain('grid-template-columns: repeat(3, 66.675mm)');
    expect(letter).toContain('grid-auto-rows: 25.4mm');
    expect(letter).toContain('column-gap: 3.175mm');
    expect(letter).toContain('padding: 12.7mm 0 0 4.7625mm');
    expect(sheets(letter)).toBe(2);

    const single = renderAssetLabelsHtml({ labels: labels(3), layout: 'single', codeType: 'qr' }, company);
    expect(single).toContain('@page { size: 62mm 29mm; margin: 0; }');
    expect(sheets(single)).toBe(3);
  });

  it('skips the used labels of a partly used first sheet', () => {
    const html = renderAssetLabelsHtml({ labels: labels(22), layout: '3x8-a4', codeType: 'qr', startAt: 5 }, company);
    expect(skipped(html)).toBe(4);
    // 4 used + 22 new = 26 positions: a second sheet with 2 labels.
    expect(sheets(html)).toBe(2);
    const [first, second] = html.split('aria-label="Sheet 2 of 2"');
    expect(count(first!, '<div class="label ')).toBe(24);
    expect(second).toContain('BD-0021');
    expect(second).toContain('BD-0022');

    expect(labelSlots([1, 2], '3x8-a4', 3)[0]).toEqual([null, null, 1, 2]);
    // Out of range or nonsense start positions are clamped, and single labels never skip.
    expect(labelSlots([1], '3x8-a4', 0)[0]).toEqual([1]);
    expect(labelSlots([1], '3x8-a4', Number.NaN)[0]).toEqual([1]);
    expect(labelSlots([1], '3x8-a4', 99)[0]).toHaveLength(24);
    expect(labelSlots([1], 'single', 5)).toEqual([[1]]);
    expect(labelSlots([], '3x8-a4', 5)).toEqual([[]]);
  });

  it('draws one SVG code per label, of the tag, in either symbology', () => {
    for (const codeType of ['qr', 'code128'] as const) {
      const html = renderAssetLabelsHtml({ labels: labels(7), layout: '3x10-letter', codeType }, company);
      expect(count(html, '<svg class="label-code-svg"')).toBe(7);
      expect(html).toContain('aria-label="BD-0007"');
      expect(html).not.toContain('class="label-code label-nocode"');
    }
    const qr = renderCodeSvg('BD-0042', 'qr')!;
    const bars = renderCodeSvg('BD-0042', 'code128')!;
    expect(qr).toMatch(/^<svg class="label-code-svg" role="img" aria-label="BD-0042" preserveAspectRatio="xMidYMid meet"[^>]* viewBox="0 0 \d+ \d+"/);
    expect(bars).toMatch(/preserveAspectRatio="none"/);
    expect(qr).toMatch(/<path /);
    expect(bars).toMatch(/<path /);
    expect(qr).not.toBe(renderCodeSvg('BD-0043', 'qr'));
    // A unicode tag still gets a QR code; Code 128 leaves it to QR rather than print a wrong code.
    expect(renderCodeSvg('Büro-7', 'qr')).toMatch(/^<svg /);
    expect(renderCodeSvg('Büro-7', 'code128')).toBeUndefined();
    expect(renderCodeSvg('', 'qr')).toBeUndefined();
    expect(renderCodeSvg('X'.repeat(41), 'qr')).toBeUndefined();
  });

  it('says so on the label when a tag cannot be encoded', () => {
    const html = renderAssetLabelsHtml(
      { labels: [{ name: 'No tag', tag: '' }, { name: 'Umlaut', tag: 'Büro-7' }], layout: 'single', codeType: 'code128' },
      company,
    );
    expect(count(html, 'class="label-code label-nocode"')).toBe(2);
    expect(html).toContain('No tag</div>');
    expect(html).toContain('Büro-7');
  });

  it('cuts runaway text in code and clamps the rest with CSS', () => {
    const long = 'word '.repeat(200);
    const html = renderAssetLabelsHtml(
      { labels: [{ name: long, tag: 'T'.repeat(60), subtitle: long }], layout: '3x8-a4', codeType: 'qr' },
      { name: long },
    );
    expect(html).not.toContain('word '.repeat(40));
    expect(html).toContain('…');
    expect(html).toContain(`${'T'.repeat(39)}…`);
    expect(html).toMatch(/\.label \{[^}]*overflow: hidden;/);
    expect(html).toMatch(/-webkit-line-clamp: 3;/);
    expect(clampText('  a\n\tb  ', 10)).toBe('a b');
    expect(clampText('abcdefghij', 5)).toBe('abcd…');
    expect(clampText(null, 5)).toBe('');
    // The tag shrinks to fit its width, within bounds.
    expect(tagFontSize('BD-0001', 30, 14)).toBe(14);
    expect(tagFontSize('ACME-EQUIPMENT-000000004', 40, 11)).toBeLessThan(11);
    expect(tagFontSize('X'.repeat(40), 20, 14)).toBe(6);
  });

  it('outlines the labels only for a test print on plain paper', () => {
    const plain = renderAssetLabelsHtml({ labels: labels(1), layout: '3x8-a4', codeType: 'qr' }, company);
    const test = renderAssetLabelsHtml({ labels: labels(1), layout: '3x8-a4', codeType: 'qr', outlines: true }, company);
    // The print rule for a label (the screen preview outlines labels in its own rule).
    const printRules = (html: string) => html.split('.label {')[1]!.split('}')[0];
    expect(printRules(plain)).not.toContain('outline');
    expect(printRules(test)).toContain('outline: 0.2mm dashed');
  });

  it('is deterministic', () => {
    const input = { labels: labels(30), layout: '3x10-letter' as const, codeType: 'qr' as const, startAt: 2 };
    expect(renderAssetLabelsHtml(input, company)).toBe(renderAssetLabelsHtml(input, company));
  });
});
