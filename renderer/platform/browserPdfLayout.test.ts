import { describe, expect, it } from 'vitest';
import {
  PX_PER_MM,
  bundledFontsCover,
  containedBox,
  cssLengthPx,
  fontKindOf,
  isBold,
  marginBoxText,
  pageOf,
  pageRules,
  pageStarts,
  paperFromPageRule,
  parseCssColor,
  splitByCoverage,
} from './browserPdfLayout';
import { renderDocumentHtml } from '../../shared/documents';

describe('the browser PDF painter’s rules (issue 17.5)', () => {
  it('measures paper and margins in CSS pixels, portrait or landscape', () => {
    expect(cssLengthPx('25.4mm')).toBeCloseTo(96);
    expect(cssLengthPx('1in')).toBe(96);
    expect(cssLengthPx('72pt')).toBe(96);
    expect(cssLengthPx('auto')).toBeNull();
    const a4 = paperFromPageRule({ size: 'A4', margin: '18mm 20mm 22mm' });
    expect(a4.width).toBeCloseTo(210 * PX_PER_MM);
    expect(a4.height).toBeCloseTo(297 * PX_PER_MM);
    expect(a4.margin.top).toBeCloseTo(18 * PX_PER_MM);
    expect(a4.margin.left).toBeCloseTo(20 * PX_PER_MM);
    expect(a4.margin.bottom).toBeCloseTo(22 * PX_PER_MM);
    const letterLandscape = paperFromPageRule({ size: 'letter landscape' });
    expect(letterLandscape.width).toBeCloseTo(1056);
    expect(letterLandscape.height).toBeCloseTo(816);
    // No size in the rule: the request's paper.
    expect(paperFromPageRule({ margin: '8mm 12mm' }, 'Letter').width).toBeCloseTo(816);
  });

  it('reads the document’s @page rules: size, margins and the margin boxes, :first apart, screen rules ignored', () => {
    const css = `@page { size: letter; margin: 18mm 20mm 22mm;
      @bottom-left { content: "Harbor Lane \\"Design\\"; Studio"; font: 8pt "Segoe UI", sans-serif; color: #6b6b6b; padding-top: 5mm; }
      @bottom-right { content: "Page " counter(page) " of " counter(pages); }
    }
    @page :first { @top-left { content: none; border: 0; } }
    @media screen { @page { size: A4; } }`;
    const rules = pageRules(css);
    expect(rules.map((r) => r.selector)).toEqual(['', ':first']);
    expect(rules[0]!.declarations).toMatchObject({ size: 'letter', margin: '18mm 20mm 22mm' });
    const footer = rules[0]!.boxes.get('bottom-left')!;
    expect(marginBoxText(footer.content!, 1, 2)).toBe('Harbor Lane "Design"; Studio');
    expect(footer['padding-top']).toBe('5mm');
    expect(marginBoxText(rules[0]!.boxes.get('bottom-right')!.content!, 2, 3)).toBe('Page 2 of 3');
    expect(rules[1]!.boxes.get('top-left')).toEqual({ content: 'none', border: '0' });
    expect(marginBoxText('none', 1, 1)).toBe('');
    expect(marginBoxText('attr(title)', 1, 1)).toBe('');
  });

  it('finds the page rules in a real printed document', () => {
    const html = renderDocumentHtml(
      { type: 'memo', pageSize: 'A4', to: 'All staff', from: 'Dana', date: '2026-12-04', subject: 'Supplies', body: 'Hello' } as never,
      { name: 'Harbor Lane Design Studio', currency: 'USD', locale: 'en-US' } as never,
    );
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const main = pageRules(css).find((r) => r.selector === '')!;
    expect(main.declarations.size).toBe('A4');
    expect(marginBoxText(main.boxes.get('bottom-right')!.content!, 1, 1)).toBe('Page 1 of 1');
    expect(marginBoxText(main.boxes.get('bottom-left')!.content!, 1, 1)).toBe('Harbor Lane Design Studio');
  });

  it('reads computed colours and picks the bundled face for a font stack', () => {
    expect(parseCssColor('rgb(26, 26, 26)')).toEqual({ r: 26 / 255, g: 26 / 255, b: 26 / 255, a: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')!.a).toBe(0);
    expect(parseCssColor('rgb(255 0 0 / 50%)')).toEqual({ r: 1, g: 0, b: 0, a: 0.5 });
    expect(parseCssColor('#c8c8c8')!.r).toBeCloseTo(200 / 255);
    expect(parseCssColor('currentcolor')).toBeNull();
    expect(fontKindOf('Cambria, Charter, "Bitstream Charter", Georgia, "Times New Roman", serif')).toBe('serif');
    expect(fontKindOf('"Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif')).toBe('sans');
    expect(fontKindOf('system-ui, sans-serif')).toBe('sans');
    expect(fontKindOf('ui-monospace, "DejaVu Sans Mono", Consolas, monospace')).toBe('mono');
    expect(fontKindOf('"Unknown Face"')).toBe('serif');
    expect(isBold('600')).toBe(true);
    expect(isBold('bold')).toBe(true);
    expect(isBold('500')).toBe(false);
    expect(isBold('normal')).toBe(false);
  });

  it('cuts pages at the content height, never through a line kept whole, and at forced breaks', () => {
    // Lines of 20 px every 20 px; a page holds 100 px: the line at 90–110 moves to page 2.
    const keeps = Array.from({ length: 12 }, (_, i) => ({ top: i * 20 - 10 + (i === 0 ? 10 : 0), bottom: i * 20 + 10 }));
    expect(pageStarts({ height: 230, pageHeight: 100, keeps, forced: [] })).toEqual([0, 90, 190]);
    // A forced break comes first.
    expect(pageStarts({ height: 230, pageHeight: 100, keeps: [], forced: [40] })).toEqual([0, 40, 140]);
    // A keep taller than a page is cut rather than looping.
    expect(pageStarts({ height: 300, pageHeight: 100, keeps: [{ top: 0, bottom: 300 }], forced: [] })).toEqual([0, 100, 200]);
    // One page when everything fits.
    expect(pageStarts({ height: 99, pageHeight: 100, keeps, forced: [] })).toEqual([0]);
    expect(pageOf(0, [0, 90, 190])).toBe(0);
    expect(pageOf(89.9, [0, 90, 190])).toBe(0);
    expect(pageOf(90, [0, 90, 190])).toBe(1);
    expect(pageOf(500, [0, 90, 190])).toBe(2);
  });

  it('fits a logo inside its box as object-fit: contain does', () => {
    expect(containedBox({ x: 0, y: 0, width: 200, height: 60 }, { width: 400, height: 100 }, 'contain')).toEqual({ x: 0, y: 5, width: 200, height: 50 });
    expect(containedBox({ x: 10, y: 0, width: 200, height: 60 }, { width: 60, height: 60 }, 'contain')).toEqual({ x: 80, y: 0, width: 60, height: 60 });
    expect(containedBox({ x: 0, y: 0, width: 200, height: 60 }, { width: 60, height: 60 }, 'fill')).toEqual({ x: 0, y: 0, width: 200, height: 60 });
  });

  it('sends characters the bundled fonts lack (→, ✓, 東) to be drawn as pictures, the rest as text', () => {
    expect(bundledFontsCover('é'.codePointAt(0)!)).toBe(true);
    expect(bundledFontsCover('Ł'.codePointAt(0)!)).toBe(true);
    expect(bundledFontsCover('€'.codePointAt(0)!)).toBe(true);
    expect(bundledFontsCover('→'.codePointAt(0)!)).toBe(false);
    expect(splitByCoverage('Boston→London✓')).toEqual([
      { text: 'Boston', start: 0, picture: false },
      { text: '→', start: 6, picture: true },
      { text: 'London', start: 7, picture: false },
      { text: '✓', start: 13, picture: true },
    ]);
    expect(splitByCoverage('a😀b').map((p) => [p.text, p.start])).toEqual([['a', 0], ['😀', 1], ['b', 3]]);
  });
});
