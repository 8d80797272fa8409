/**
 * The browser build's own PDF of a printed document (issue 17.5: an email draft needs the PDF
 * as bytes, and a page has no API to get its print as PDF). The browser lays the document out
 * and this paints what it laid out:
 *
 * 1. The document HTML goes into a hidden same-origin frame (no scripts) one page's content
 *    box wide, its print rules switched on and its screen rules off, every font stack drawn
 *    with a bundled face — Tinos for serif stacks, Arimo for sans, Cousine for monospace (metric
 *    twins of Times New Roman, Arial and Courier New, the Liberation fonts' designs, so it looks
 *    like the print) — loaded
 *    from the same font files the PDF embeds, so the measurements are the PDF's.
 * 2. The laid-out DOM is read: every word's box (Range.getClientRects) with its font, size,
 *    weight, style and colour; the boxes' backgrounds and borders; the images.
 * 3. The flow is cut into pages of the @page content height without cutting a line, an
 *    image or a box kept whole (break-inside: avoid), and starting anew where a box says
 *    break-before: page; the @page margin boxes (company footer, "Page 1 of 2", the running
 *    header) are drawn on each page.
 * 4. pdf-lib paints it, with the fonts embedded (subset) and the text real text: pdftotext
 *    and a mail recipient's search read it.
 *
 * The pure rules (paper, colours, breaks, margin box texts) are in browserPdfLayout.ts.
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, setCharacterSpacing, setCharacterSqueeze, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { PrintRequest } from './types';
import {
  PT_PER_PX,
  containedBox,
  fontKindOf,
  isBold,
  marginBoxText,
  pageOf,
  pageStarts,
  paperFromPageRule,
  parseCssColor,
  pageRules,
  splitByCoverage,
  type FontKind,
  type Keep,
  type PaperPx,
  type Rgba,
} from './browserPdfLayout';
import tinosLatin400 from '@fontsource/tinos/files/tinos-latin-400-normal.woff?url';
import tinosLatin700 from '@fontsource/tinos/files/tinos-latin-700-normal.woff?url';
import tinosLatin400i from '@fontsource/tinos/files/tinos-latin-400-italic.woff?url';
import tinosLatin700i from '@fontsource/tinos/files/tinos-latin-700-italic.woff?url';
import tinosExt400 from '@fontsource/tinos/files/tinos-latin-ext-400-normal.woff?url';
import tinosExt700 from '@fontsource/tinos/files/tinos-latin-ext-700-normal.woff?url';
import tinosExt400i from '@fontsource/tinos/files/tinos-latin-ext-400-italic.woff?url';
import tinosExt700i from '@fontsource/tinos/files/tinos-latin-ext-700-italic.woff?url';
import arimoLatin400 from '@fontsource/arimo/files/arimo-latin-400-normal.woff?url';
import arimoLatin700 from '@fontsource/arimo/files/arimo-latin-700-normal.woff?url';
import arimoLatin400i from '@fontsource/arimo/files/arimo-latin-400-italic.woff?url';
import arimoLatin700i from '@fontsource/arimo/files/arimo-latin-700-italic.woff?url';
import arimoExt400 from '@fontsource/arimo/files/arimo-latin-ext-400-normal.woff?url';
import arimoExt700 from '@fontsource/arimo/files/arimo-latin-ext-700-normal.woff?url';
import arimoExt400i from '@fontsource/arimo/files/arimo-latin-ext-400-italic.woff?url';
import arimoExt700i from '@fontsource/arimo/files/arimo-latin-ext-700-italic.woff?url';
import cousineLatin400 from '@fontsource/cousine/files/cousine-latin-400-normal.woff?url';
import cousineLatin700 from '@fontsource/cousine/files/cousine-latin-700-normal.woff?url';
import cousineLatin400i from '@fontsource/cousine/files/cousine-latin-400-italic.woff?url';
import cousineLatin700i from '@fontsource/cousine/files/cousine-latin-700-italic.woff?url';
import cousineExt400 from '@fontsource/cousine/files/cousine-latin-ext-400-normal.woff?url';
import cousineExt700 from '@fontsource/cousine/files/cousine-latin-ext-700-normal.woff?url';
import cousineExt400i from '@fontsource/cousine/files/cousine-latin-ext-400-italic.woff?url';
import cousineExt700i from '@fontsource/cousine/files/cousine-latin-ext-700-italic.woff?url';

const LOAD_TIMEOUT_MS = 15_000;
const FAMILY: Record<FontKind, string> = { serif: 'BackdeskPdfSerif', sans: 'BackdeskPdfSans', mono: 'BackdeskPdfMono' };
/** The @fontsource "latin" subset's range; anything else comes from the latin-ext files. */
const LATIN_RANGE = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const EXT_RANGE = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

type FaceKey = `${FontKind}-${'r' | 'b'}-${'n' | 'i'}`;
const FACE_URLS: Record<FaceKey, [latin: string, ext: string]> = {
  'serif-r-n': [tinosLatin400, tinosExt400],
  'serif-b-n': [tinosLatin700, tinosExt700],
  'serif-r-i': [tinosLatin400i, tinosExt400i],
  'serif-b-i': [tinosLatin700i, tinosExt700i],
  'sans-r-n': [arimoLatin400, arimoExt400],
  'sans-b-n': [arimoLatin700, arimoExt700],
  'sans-r-i': [arimoLatin400i, arimoExt400i],
  'sans-b-i': [arimoLatin700i, arimoExt700i],
  'mono-r-n': [cousineLatin400, cousineExt400],
  'mono-b-n': [cousineLatin700, cousineExt700],
  'mono-r-i': [cousineLatin400i, cousineExt400i],
  'mono-b-i': [cousineLatin700i, cousineExt700i],
};
const FACE_KEYS = Object.keys(FACE_URLS) as FaceKey[];

function faceKey(kind: FontKind, bold: boolean, italic: boolean): FaceKey {
  return `${kind}-${bold ? 'b' : 'r'}-${italic ? 'i' : 'n'}`;
}

const fontBytes = new Map<string, Promise<Uint8Array>>();
/** A bundled font file's bytes (fetched once from the app's own assets; works offline). */
function loadFont(url: string): Promise<Uint8Array> {
  let bytes = fontBytes.get(url);
  if (!bytes) {
    bytes = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`The font ${url} could not be read (${res.status}).`);
      return new Uint8Array(await res.arrayBuffer());
    });
    bytes.catch(() => fontBytes.delete(url));
    fontBytes.set(url, bytes);
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// What is read from the laid-out document, in CSS pixels from the flow's top left.

interface TextOp {
  kind: 'text';
  x: number;
  top: number;
  width: number;
  height: number;
  text: string;
  face: FaceKey;
  size: number;
  color: Rgba;
  letterSpacing: number;
  underline: boolean;
}
interface RectOp {
  kind: 'rect';
  x: number;
  top: number;
  width: number;
  height: number;
  color: Rgba;
  dash?: number;
}
interface ImageOp {
  kind: 'image';
  x: number;
  top: number;
  width: number;
  height: number;
  element: HTMLImageElement;
}
/** A character no bundled font has, drawn as the browser shows it (a picture). */
interface GlyphOp {
  kind: 'glyph';
  x: number;
  top: number;
  width: number;
  height: number;
  text: string;
  /** The canvas font that draws it ('italic 700 14px BackdeskPdfSans'). */
  font: string;
  color: Rgba;
  element: Element;
}
type Op = TextOp | RectOp | ImageOp | GlyphOp;

interface Scan {
  ops: Op[];
  keeps: Keep[];
  forced: number[];
  height: number;
}

function makeFrame(win: Window, html: string, widthPx: number): Promise<HTMLIFrameElement> {
  const frame = win.document.createElement('iframe');
  // Same origin so this page may read its layout; no scripts.
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'Document being made into a PDF';
  Object.assign(frame.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${widthPx}px`,
    height: '1200px',
    border: '0',
    opacity: '0',
    pointerEvents: 'none',
  });
  const loaded = new Promise<HTMLIFrameElement>((resolve, reject) => {
    const timer = win.setTimeout(() => reject(new Error('The document took too long to lay out.')), LOAD_TIMEOUT_MS);
    frame.addEventListener(
      'load',
      () => {
        win.clearTimeout(timer);
        resolve(frame);
      },
      { once: true },
    );
  });
  frame.srcdoc = html;
  win.document.body.append(frame);
  return loaded;
}

/** Print rules on, screen rules off, as on paper. */
function switchToPrintMedia(doc: Document): void {
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      const media = (rule as CSSMediaRule).media as MediaList | undefined;
      if (!media || !rule.cssText.startsWith('@media')) continue;
      const text = media.mediaText.toLowerCase();
      if (/\bprint\b/.test(text) && !/\bnot\s+print\b/.test(text)) media.mediaText = 'all';
      else if (/\bscreen\b/.test(text)) media.mediaText = 'not all';
    }
  }
}

/** Every element's font stack becomes the bundled serif or sans family. */
function setBundledFonts(doc: Document): void {
  const win = doc.defaultView!;
  const elements = [doc.documentElement, ...Array.from(doc.body.querySelectorAll('*'))] as HTMLElement[];
  const kinds = elements.map((el) => fontKindOf(win.getComputedStyle(el).fontFamily));
  elements.forEach((el, i) => el.style.setProperty('font-family', FAMILY[kinds[i]!], 'important'));
  doc.body.style.setProperty('font-family', FAMILY[fontKindOf(win.getComputedStyle(doc.body).fontFamily)], 'important');
}

function needsExt(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0xff && !(cp >= 0x2000 && cp <= 0x206f) && cp !== 0x20ac && cp !== 0x2122 && cp !== 0x2212) return true;
  }
  return false;
}

async function addFaces(doc: Document, withExt: boolean): Promise<void> {
  const FrameFontFace = (doc.defaultView as unknown as { FontFace: typeof FontFace }).FontFace;
  const faces: FontFace[] = [];
  for (const key of FACE_KEYS) {
    const [kind, weight, style] = key.split('-') as [FontKind, 'r' | 'b', 'n' | 'i'];
    const [latin, ext] = FACE_URLS[key];
    const descriptors = { weight: weight === 'b' ? '700' : '400', style: style === 'i' ? 'italic' : 'normal' };
    // Bytes, not URLs: the document's own policy allows no font source.
    faces.push(new FrameFontFace(FAMILY[kind], (await loadFont(latin)).slice().buffer, { ...descriptors, unicodeRange: LATIN_RANGE }));
    if (withExt) faces.push(new FrameFontFace(FAMILY[kind], (await loadFont(ext)).slice().buffer, { ...descriptors, unicodeRange: EXT_RANGE }));
  }
  for (const face of faces) doc.fonts.add(face);
  await Promise.all(faces.map((f) => f.load()));
}

function px(value: string): number {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

function borders(el: Element, cs: CSSStyleDeclaration, rect: DOMRect, ops: Op[]): void {
  const sides = [
    ['Top', rect.left, rect.top, rect.width, 0],
    ['Bottom', rect.left, rect.bottom, rect.width, 0],
    ['Left', rect.left, rect.top, 0, rect.height],
    ['Right', rect.right, rect.top, 0, rect.height],
  ] as const;
  for (const [side, x, y, w, h] of sides) {
    const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const width = px(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    if (style === 'none' || style === 'hidden' || width <= 0) continue;
    const color = parseCssColor(cs.getPropertyValue(`border-${side.toLowerCase()}-color`));
    if (!color || color.a === 0) continue;
    const dash = style === 'dashed' ? width * 3 : style === 'dotted' ? width : undefined;
    if (side === 'Top') ops.push({ kind: 'rect', x, top: y, width: w, height: width, color, dash });
    else if (side === 'Bottom') ops.push({ kind: 'rect', x, top: y - width, width: w, height: width, color, dash });
    else if (side === 'Left') ops.push({ kind: 'rect', x, top: y, width, height: h, color, dash });
    else ops.push({ kind: 'rect', x: x - width, top: y, width, height: h, color, dash });
  }
  void el;
}

function listMarker(li: HTMLElement, cs: CSSStyleDeclaration): string {
  const type = cs.listStyleType;
  if (type === 'none') return '';
  const str = /^"(.*)"$/.exec(type);
  if (str) return str[1]!.replace(/\\([\da-f]{1,6})\s?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
  if (type === 'disc') return '• ';
  if (type === 'circle') return '◦ ';
  if (type === 'square') return '▪ ';
  const parent = li.parentElement;
  const items = parent ? Array.from(parent.children).filter((c) => c.tagName === 'LI') : [li];
  const start = parent instanceof parent!.ownerDocument.defaultView!.HTMLOListElement ? parent.start : 1;
  const n = start + items.indexOf(li);
  if (type === 'lower-alpha' || type === 'lower-latin') return `${String.fromCharCode(96 + ((n - 1) % 26) + 1)}. `;
  if (type === 'upper-alpha' || type === 'upper-latin') return `${String.fromCharCode(64 + ((n - 1) % 26) + 1)}. `;
  return `${n}. `;
}

function textStyle(cs: CSSStyleDeclaration): Omit<TextOp, 'kind' | 'x' | 'top' | 'width' | 'height' | 'text'> {
  const kind: FontKind = cs.fontFamily.includes(FAMILY.sans) ? 'sans' : cs.fontFamily.includes(FAMILY.mono) ? 'mono' : 'serif';
  return {
    face: faceKey(kind, isBold(cs.fontWeight), cs.fontStyle === 'italic' || cs.fontStyle.startsWith('oblique')),
    size: px(cs.fontSize),
    color: parseCssColor(cs.color) ?? { r: 0, g: 0, b: 0, a: 1 },
    letterSpacing: cs.letterSpacing === 'normal' ? 0 : px(cs.letterSpacing),
    underline: cs.textDecorationLine.includes('underline'),
  };
}

function transform(text: string, cs: CSSStyleDeclaration): string {
  switch (cs.textTransform) {
    case 'uppercase':
      return text.toUpperCase();
    case 'lowercase':
      return text.toLowerCase();
    default:
      return text;
  }
}

/** Reads everything to paint from the laid-out document. */
function scan(doc: Document): Scan {
  const win = doc.defaultView!;
  const ops: Op[] = [];
  const keeps: Keep[] = [];
  const forced: number[] = [];
  const origin = doc.body.getBoundingClientRect();
  const dx = -origin.left;
  const dy = -origin.top;
  const range = doc.createRange();
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (el: Element) => {
    let cs = styles.get(el);
    if (!cs) styles.set(el, (cs = win.getComputedStyle(el)));
    return cs;
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (!parent) return;
      const cs = styleOf(parent);
      if (cs.visibility !== 'visible') return;
      const style = textStyle(cs);
      const data = (node as Text).data;
      for (const whole of data.matchAll(/[^\s\u00a0]+/g)) {
        for (const part of splitByCoverage(whole[0])) {
          const start = whole.index + part.start;
          range.setStart(node, start);
          range.setEnd(node, start + part.text.length);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
          if (rects.length === 0) continue;
          if (part.picture) {
            const r = rects[0]!;
            const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
            ops.push({ kind: 'glyph', x: r.left + dx, top: r.top + dy, width: r.width, height: r.height, text: part.text, font, color: style.color, element: parent });
            continue;
          }
          if (rects.length === 1) {
            const r = rects[0]!;
            ops.push({ kind: 'text', x: r.left + dx, top: r.top + dy, width: r.width, height: r.height, text: transform(part.text, cs), ...style });
            keeps.push({ top: r.top + dy, bottom: r.bottom + dy });
            continue;
          }
          // A word broken across lines (overflow-wrap): one piece per line.
          let piece = '';
          let pieceRect: DOMRect | null = null;
          const flush = () => {
            if (piece && pieceRect) ops.push({ kind: 'text', x: pieceRect.left + dx, top: pieceRect.top + dy, width: pieceRect.width, height: pieceRect.height, text: transform(piece, cs), ...style });
          };
          let offset = start;
          for (const ch of part.text) {
            range.setStart(node, offset);
            range.setEnd(node, offset + ch.length);
            offset += ch.length;
            const r = range.getClientRects()[0];
            if (!r) continue;
            if (pieceRect && Math.abs(r.top - pieceRect.top) < 1) {
              piece += ch;
              pieceRect = new DOMRect(pieceRect.left, pieceRect.top, r.right - pieceRect.left, pieceRect.height);
            } else {
              flush();
              piece = ch;
              pieceRect = r;
              keeps.push({ top: r.top + dy, bottom: r.bottom + dy });
            }
          }
          flush();
        }
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const cs = styleOf(el);
    if (cs.display === 'none') return;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'HEAD' || tag === 'TITLE') return;
    const rect = el.getBoundingClientRect();
    if (cs.breakBefore === 'page' || cs.breakBefore === 'always' || cs.breakBefore === 'left' || cs.breakBefore === 'right') forced.push(rect.top + dy);
    if ((cs.breakInside === 'avoid' || cs.breakInside === 'avoid-page') && rect.height > 0) keeps.push({ top: rect.top + dy, bottom: rect.bottom + dy });
    if (cs.breakAfter === 'avoid' || cs.breakAfter === 'avoid-page') keeps.push({ top: rect.top + dy, bottom: rect.bottom + dy + Math.max(rect.height, px(cs.fontSize) * 1.5) });
    if (cs.visibility === 'visible' && el !== doc.body && el !== doc.documentElement) {
      const boxes = cs.display === 'inline' ? Array.from(el.getClientRects()) : [rect];
      const bg = parseCssColor(cs.backgroundColor);
      for (const box of boxes) {
        if (box.width <= 0 || box.height <= 0) continue;
        const moved = new DOMRect(box.left + dx, box.top + dy, box.width, box.height);
        if (bg && bg.a > 0) ops.push({ kind: 'rect', x: moved.left, top: moved.top, width: moved.width, height: moved.height, color: bg });
        borders(el, cs, moved, ops);
      }
      if (tag === 'IMG' && rect.width > 0 && rect.height > 0) {
        const img = el as HTMLImageElement;
        const content = {
          x: rect.left + dx + px(cs.borderLeftWidth) + px(cs.paddingLeft),
          y: rect.top + dy + px(cs.borderTopWidth) + px(cs.paddingTop),
          width: rect.width - px(cs.borderLeftWidth) - px(cs.paddingLeft) - px(cs.borderRightWidth) - px(cs.paddingRight),
          height: rect.height - px(cs.borderTopWidth) - px(cs.paddingTop) - px(cs.borderBottomWidth) - px(cs.paddingBottom),
        };
        const box = containedBox(content, { width: img.naturalWidth, height: img.naturalHeight }, cs.objectFit);
        if (img.naturalWidth > 0) ops.push({ kind: 'image', x: box.x, top: box.y, width: box.width, height: box.height, element: img });
        keeps.push({ top: rect.top + dy, bottom: rect.bottom + dy });
      }
      if (cs.display === 'list-item' && cs.listStylePosition === 'outside') {
        const marker = listMarker(el, cs);
        const first = firstTextRect(el, range);
        if (marker.trim() && first) {
          const style = textStyle(cs);
          const markerCs = win.getComputedStyle(el, '::marker');
          const color = parseCssColor(markerCs.color) ?? style.color;
          const width = measure(doc, marker, cs);
          const contentLeft = rect.left + dx + px(cs.borderLeftWidth) + px(cs.paddingLeft);
          ops.push({ kind: 'text', x: contentLeft - px(cs.paddingLeft) - width, top: first.top + dy, width, height: first.height, text: marker.trimEnd(), ...style, color, underline: false, letterSpacing: 0 });
        }
      }
    }
    for (const child of Array.from(el.childNodes)) visit(child);
  };
  visit(doc.body);
  const bodyRect = doc.body.getBoundingClientRect();
  const height = Math.max(doc.documentElement.scrollHeight, bodyRect.height, ...ops.map((o) => o.top + o.height - 0));
  return { ops, keeps, forced, height };
}

function firstTextRect(el: Element, range: Range): DOMRect | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const m = /[^\s\u00a0]/.exec((n as Text).data);
    if (!m) continue;
    range.setStart(n, m.index);
    range.setEnd(n, m.index + 1);
    const r = range.getClientRects()[0];
    if (r) return r;
  }
  return null;
}

function measure(doc: Document, text: string, cs: CSSStyleDeclaration): number {
  const span = doc.createElement('span');
  span.textContent = text;
  span.style.cssText = `position:absolute;white-space:pre;font-family:${cs.fontFamily};font-size:${cs.fontSize};font-weight:${cs.fontWeight};font-style:${cs.fontStyle}`;
  doc.body.append(span);
  const w = span.getBoundingClientRect().width;
  span.remove();
  return w;
}

// ---------------------------------------------------------------------------------------------
// The page rules of the document's own style text.

function pageSetup(doc: Document, requested: PrintRequest['pageSize']) {
  const css = Array.from(doc.querySelectorAll('style'))
    .map((s) => s.textContent ?? '')
    .join('\n');
  const rules = pageRules(css);
  const main = rules.find((r) => r.selector === '');
  const first = rules.find((r) => r.selector === ':first');
  const paper = paperFromPageRule({ size: main?.declarations.size ?? first?.declarations.size, margin: main?.declarations.margin }, requested ?? 'A4');
  return { paper, boxes: main?.boxes ?? new Map<string, Record<string, string>>(), firstBoxes: first?.boxes ?? new Map<string, Record<string, string>>() };
}

// ---------------------------------------------------------------------------------------------
// Painting.

interface Fonts {
  get(face: FaceKey, ext: boolean): Promise<{ pdf: PDFFont; ascent: number; descent: number; has: (cp: number) => boolean }>;
}

function fontCache(pdf: PDFDocument): Fonts {
  const cache = new Map<string, ReturnType<Fonts['get']>>();
  return {
    get(face, ext) {
      const key = `${face}/${ext}`;
      let entry = cache.get(key);
      if (!entry) {
        entry = (async () => {
          const bytes = await loadFont(FACE_URLS[face][ext ? 1 : 0]);
          const fk = fontkit.create(bytes);
          const embedded = await pdf.embedFont(bytes, { subset: true });
          return { pdf: embedded, ascent: fk.ascent / fk.unitsPerEm, descent: -fk.descent / fk.unitsPerEm, has: (cp: number) => fk.hasGlyphForCodePoint(cp) };
        })();
        cache.set(key, entry);
      }
      return entry;
    },
  };
}

function color(c: Rgba) {
  return rgb(Math.min(1, c.r), Math.min(1, c.g), Math.min(1, c.b));
}

async function paintText(page: PDFPage, fonts: Fonts, op: TextOp, x: number, top: number, pageHeightPt: number): Promise<void> {
  const latin = await fonts.get(op.face, false);
  // Runs of characters by the file that has their glyphs.
  const runs: { text: string; font: typeof latin }[] = [];
  for (const ch of op.text) {
    const cp = ch.codePointAt(0)!;
    let font = latin;
    if (!latin.has(cp)) {
      const ext = await fonts.get(op.face, true);
      font = ext.has(cp) ? ext : latin;
    }
    const text = font.has(cp) ? ch : '?';
    const last = runs[runs.length - 1];
    if (last && last.font === font) last.text += text;
    else runs.push({ text, font });
  }
  const sizePt = op.size * PT_PER_PX;
  const spacingPt = op.letterSpacing * PT_PER_PX;
  const natural = runs.reduce((w, r) => w + r.font.pdf.widthOfTextAtSize(r.text, sizePt) + [...r.text].length * spacingPt, 0);
  const widthPt = op.width * PT_PER_PX;
  // Chromium kerns and rounds; stretch the PDF's word to the box the browser measured.
  const ratio = natural > 0 ? widthPt / natural : 1;
  const squeeze = ratio > 0.8 && ratio < 1.25 ? ratio : 1;
  const baselinePx = top + op.height * (latin.ascent / (latin.ascent + latin.descent));
  const y = pageHeightPt - baselinePx * PT_PER_PX;
  let cursor = x * PT_PER_PX;
  if (spacingPt) page.pushOperators(setCharacterSpacing(spacingPt));
  if (squeeze !== 1) page.pushOperators(setCharacterSqueeze(squeeze * 100));
  for (const run of runs) {
    page.drawText(run.text, { x: cursor, y, size: sizePt, font: run.font.pdf, color: color(op.color), opacity: op.color.a });
    cursor += (run.font.pdf.widthOfTextAtSize(run.text, sizePt) + [...run.text].length * spacingPt) * squeeze;
  }
  if (squeeze !== 1) page.pushOperators(setCharacterSqueeze(100));
  if (spacingPt) page.pushOperators(setCharacterSpacing(0));
  if (op.underline) {
    const thickness = Math.max(0.5, sizePt / 16);
    page.drawRectangle({ x: x * PT_PER_PX, y: y - sizePt * 0.12 - thickness, width: widthPt, height: thickness, color: color(op.color) });
  }
}

async function imageFor(pdf: PDFDocument, cache: Map<string, Promise<PDFImage | null>>, img: HTMLImageElement, widthPx: number, heightPx: number): Promise<PDFImage | null> {
  const src = img.currentSrc || img.src;
  let entry = cache.get(src);
  if (!entry) {
    entry = (async () => {
      try {
        if (/^data:image\/png;base64,/i.test(src)) return await pdf.embedPng(src);
        if (/^data:image\/jpe?g;base64,/i.test(src)) return await pdf.embedJpg(src);
        // SVG, GIF, WebP: drawn at three times the printed size, as PNG.
        const canvas = img.ownerDocument.createElement('canvas');
        canvas.width = Math.max(1, Math.round(widthPx * 3));
        canvas.height = Math.max(1, Math.round(heightPx * 3));
        canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
        return await pdf.embedPng(canvas.toDataURL('image/png'));
      } catch {
        return null;
      }
    })();
    cache.set(src, entry);
  }
  return entry;
}

/** A character drawn by the browser (its fallback font) at four times its size, as PNG. */
async function glyphImage(pdf: PDFDocument, op: GlyphOp): Promise<PDFImage | null> {
  const SCALE = 4;
  const canvas = op.element.ownerDocument.createElement('canvas');
  canvas.width = Math.max(1, Math.ceil(op.width * SCALE));
  canvas.height = Math.max(1, Math.ceil(op.height * SCALE));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(SCALE, SCALE);
  ctx.font = op.font;
  ctx.fillStyle = `rgba(${Math.round(op.color.r * 255)}, ${Math.round(op.color.g * 255)}, ${Math.round(op.color.b * 255)}, ${op.color.a})`;
  ctx.textBaseline = 'alphabetic';
  // The range's box starts the drawing font's ascent above the baseline.
  const ascent = ctx.measureText(op.text).fontBoundingBoxAscent || op.height * 0.8;
  ctx.fillText(op.text, 0, ascent);
  try {
    return await pdf.embedPng(canvas.toDataURL('image/png'));
  } catch {
    return null;
  }
}

async function paintMarginBoxes(page: PDFPage, fonts: Fonts, boxes: Map<string, Record<string, string>>, paper: PaperPx, pageNo: number, pages: number): Promise<void> {
  const heightPt = paper.height * PT_PER_PX;
  for (const [name, decls] of boxes) {
    const text = marginBoxText(decls.content ?? '', pageNo, pages);
    if (!text) continue;
    const font = decls.font ?? '';
    const sizeMatch = /([\d.]+(?:pt|px|mm))/.exec(font);
    const sizePx = (sizeMatch ? cssLen(sizeMatch[1]!) : null) ?? (px(decls['font-size'] ?? '') || 10.67);
    const kind = fontKindOf(font.replace(/^[^"',]*?[\d.]+(?:pt|px|mm)(?:\/[\d.]+)?\s*/, '') || 'sans-serif');
    const face = faceKey(kind, isBold(decls['font-weight'] ?? '400'), false);
    const f = await fonts.get(face, false);
    const sizePt = sizePx * PT_PER_PX;
    const c = parseCssColor(decls.color ?? '') ?? { r: 0, g: 0, b: 0, a: 1 };
    const textWidth = f.pdf.widthOfTextAtSize(text, sizePt) / PT_PER_PX;
    const left = name.endsWith('left') ? paper.margin.left : name.endsWith('right') ? paper.width - paper.margin.right - textWidth : (paper.width - textWidth) / 2;
    const lineHeight = sizePx * (f.ascent + f.descent);
    let top: number;
    if (name.startsWith('bottom')) {
      top = paper.height - paper.margin.bottom + (cssLen(decls['padding-top'] ?? '') ?? 0);
    } else {
      top = paper.margin.top - (cssLen(decls['padding-bottom'] ?? '') ?? 0) - lineHeight;
      const border = /^([\d.]+(?:pt|px|mm))\s+solid\s+(.+)$/.exec((decls['border-bottom'] ?? '').trim());
      const borderColor = border ? parseCssColor(border[2]!) : null;
      if (border && borderColor) {
        const w = cssLen(border[1]!) ?? 0.67;
        page.drawRectangle({ x: paper.margin.left * PT_PER_PX, y: heightPt - paper.margin.top * PT_PER_PX, width: (paper.width - paper.margin.left - paper.margin.right) * PT_PER_PX, height: w * PT_PER_PX, color: color(borderColor) });
      }
    }
    page.drawText(text, { x: left * PT_PER_PX, y: heightPt - (top + sizePx * f.ascent) * PT_PER_PX, size: sizePt, font: f.pdf, color: color(c) });
  }
}

function cssLen(v: string): number | null {
  const m = /^\s*([\d.]+)(mm|pt|px|in|cm)\s*$/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'mm' ? (n * 96) / 25.4 : m[2] === 'cm' ? (n * 960) / 25.4 : m[2] === 'pt' ? (n * 96) / 72 : m[2] === 'in' ? n * 96 : n;
}

/** The document of a print request as PDF bytes, laid out by this browser. */
export async function documentToPdf(win: Window, request: PrintRequest): Promise<Uint8Array> {
  // A first frame to read the page rules; the width it needs comes from them.
  const frame = await makeFrame(win, request.html, 800);
  try {
    const doc = frame.contentDocument;
    if (!doc?.body) throw new Error('The document could not be laid out.');
    const { paper, boxes, firstBoxes } = pageSetup(doc, request.pageSize);
    const contentWidth = paper.width - paper.margin.left - paper.margin.right;
    const contentHeight = paper.height - paper.margin.top - paper.margin.bottom;
    frame.style.width = `${contentWidth}px`;
    frame.style.height = `${contentHeight}px`;
    switchToPrintMedia(doc);
    setBundledFonts(doc);
    await addFaces(doc, needsExt(doc.body.textContent ?? ''));
    await Promise.all(Array.from(doc.images).map((img) => img.decode().catch(() => undefined)));
    await doc.fonts.ready;

    const { ops, keeps, forced, height } = scan(doc);
    const starts = pageStarts({ height, pageHeight: contentHeight, keeps, forced });
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    pdf.setTitle(request.title);
    pdf.setCreator('Backdesk');
    pdf.setProducer('Backdesk (browser)');
    const fonts = fontCache(pdf);
    const images = new Map<string, Promise<PDFImage | null>>();
    const widthPt = paper.width * PT_PER_PX;
    const heightPt = paper.height * PT_PER_PX;
    const pages = starts.map(() => pdf.addPage([widthPt, heightPt]));
    const place = (p: number, top: number) => top - starts[p]! + paper.margin.top;

    for (const op of ops) {
      if (op.kind === 'rect') {
        const left = op.x + paper.margin.left;
        // A box taller than what is left of its page goes on over the next ones.
        let top = op.top;
        const bottom = op.top + op.height;
        for (let p = pageOf(top, starts); p < pages.length && top < bottom - 0.01; p++) {
          const end = Math.min(bottom, starts[p + 1] ?? Infinity);
          const y = place(p, top);
          const h = end - top;
          const page = pages[p]!;
          if (op.dash && (op.width > op.height ? op.width : op.height) > 0) {
            const horizontal = op.width >= h;
            page.drawLine({
              start: { x: left * PT_PER_PX, y: heightPt - (horizontal ? y + h / 2 : y) * PT_PER_PX },
              end: { x: (left + (horizontal ? op.width : 0)) * PT_PER_PX, y: heightPt - (horizontal ? y + h / 2 : y + h) * PT_PER_PX },
              thickness: (horizontal ? h : op.width) * PT_PER_PX,
              color: color(op.color),
              opacity: op.color.a,
              dashArray: [op.dash * PT_PER_PX],
            });
          } else {
            page.drawRectangle({ x: left * PT_PER_PX, y: heightPt - (y + h) * PT_PER_PX, width: op.width * PT_PER_PX, height: h * PT_PER_PX, color: color(op.color), opacity: op.color.a });
          }
          top = end;
        }
        continue;
      }
      const p = pageOf(op.top, starts);
      const page = pages[p]!;
      const top = place(p, op.top);
      const x = op.x + paper.margin.left;
      if (op.kind === 'text') await paintText(page, fonts, op, x, top, heightPt);
      else if (op.kind === 'glyph') {
        const image = await glyphImage(pdf, op);
        if (image) page.drawImage(image, { x: x * PT_PER_PX, y: heightPt - (top + op.height) * PT_PER_PX, width: op.width * PT_PER_PX, height: op.height * PT_PER_PX });
      } else {
        const image = await imageFor(pdf, images, op.element, op.width, op.height);
        if (image) page.drawImage(image, { x: x * PT_PER_PX, y: heightPt - (top + op.height) * PT_PER_PX, width: op.width * PT_PER_PX, height: op.height * PT_PER_PX });
      }
    }
    for (let p = 0; p < pages.length; p++) {
      const merged = new Map(boxes);
      if (p === 0) for (const [name, decls] of firstBoxes) merged.set(name, { ...(merged.get(name) ?? {}), ...decls });
      await paintMarginBoxes(pages[p]!, fonts, merged, paper, p + 1, pages.length);
    }
    return await pdf.save();
  } finally {
    frame.remove();
  }
}
