/**
 * The pure half of the browser build's PDF painter (issue 17.5, see browserPdf.ts): paper and
 * margins in CSS pixels, CSS colours and font stacks read, the running page texts of @page
 * margin boxes, and where the pages break. No DOM here, so every rule is unit-tested.
 *
 * Units: the laid-out document is measured in CSS pixels (96 per inch); PDF points are 72
 * per inch, so 1 px = 0.75 pt.
 */

export const PX_PER_MM = 96 / 25.4;
export const PT_PER_PX = 0.75;

export interface PaperPx {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

const PAPER_MM = { A4: [210, 297], Letter: [215.9, 279.4] } as const;

/** A CSS length as @page margins and sizes write it (mm, cm, in, pt, px) in CSS pixels; null if unknown. */
export function cssLengthPx(value: string): number | null {
  const m = /^\s*(-?[\d.]+)\s*(mm|cm|in|pt|px|pc|q)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return null;
  switch ((m[2] ?? 'px').toLowerCase()) {
    case 'mm':
      return n * PX_PER_MM;
    case 'cm':
      return n * 10 * PX_PER_MM;
    case 'q':
      return (n / 4) * PX_PER_MM;
    case 'in':
      return n * 96;
    case 'pt':
      return (n * 96) / 72;
    case 'pc':
      return n * 16;
    default:
      return n;
  }
}

/** The CSS `margin` shorthand (1–4 lengths) as four sides. */
export function marginSides(shorthand: string, fallback: PaperPx['margin']): PaperPx['margin'] {
  const parts = shorthand.trim().split(/\s+/).filter(Boolean).map(cssLengthPx);
  if (parts.length === 0 || parts.some((p) => p === null)) return fallback;
  const [t, r = t, b = t, l = r] = parts as number[];
  return { top: t!, right: r!, bottom: b!, left: l! };
}

/**
 * The paper of a document from its @page rule: `size` ("A4", "letter landscape", "8.5in 11in")
 * and `margin`. Without a size the request's paper is used; without margins, none.
 */
export function paperFromPageRule(rule: { size?: string; margin?: string }, requested: 'A4' | 'Letter' = 'A4'): PaperPx {
  let [wMm, hMm]: readonly number[] = PAPER_MM[requested];
  const size = (rule.size ?? '').trim().toLowerCase();
  const words = size.split(/\s+/).filter(Boolean);
  if (words.includes('a4')) [wMm, hMm] = PAPER_MM.A4;
  else if (words.includes('letter')) [wMm, hMm] = PAPER_MM.Letter;
  let width = wMm! * PX_PER_MM;
  let height = hMm! * PX_PER_MM;
  const lengths = words.map(cssLengthPx).filter((n): n is number => n !== null);
  if (lengths.length >= 1) {
    width = lengths[0]!;
    height = lengths[1] ?? lengths[0]!;
  }
  if (words.includes('landscape') && height > width) [width, height] = [height, width];
  if (words.includes('portrait') && width > height) [width, height] = [height, width];
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  return { width, height, margin: rule.margin ? marginSides(rule.margin, none) : none };
}

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A computed colour ("rgb(26, 26, 26)", "rgba(0, 0, 0, 0)", "#fff") as 0–1 channels; null when not a colour. */
export function parseCssColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (fn) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
    return { r: Number(fn[1]) / 255, g: Number(fn[2]) / 255, b: Number(fn[3]) / 255, a: alpha };
  }
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/.exec(v);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    return { r: parseInt(h.slice(0, 2), 16) / 255, g: parseInt(h.slice(2, 4), 16) / 255, b: parseInt(h.slice(4, 6), 16) / 255, a: 1 };
  }
  return null;
}

export type FontKind = 'serif' | 'sans' | 'mono';

const SERIF_NAMES = ['cambria', 'charter', 'georgia', 'times', 'liberation serif', 'dejavu serif', 'garamond', 'palatino', 'book antiqua'];

/**
 * Which bundled face draws a computed font-family: the first name in the stack that is a
 * known serif, sans or monospace font or generic decides; serif when none is.
 */
export function fontKindOf(fontFamily: string): FontKind {
  const names = fontFamily
    .split(',')
    .map((n) => n.trim().replace(/^["']|["']$/g, '').toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (name === 'monospace' || /mono|courier|consolas|menlo|monaco|cousine/.test(name)) return 'mono';
    if (name === 'serif' || SERIF_NAMES.some((s) => name.startsWith(s))) return 'serif';
    if (name === 'sans-serif' || name === 'system-ui' || /sans|segoe|helvetica|arial|inter|arimo|roboto/.test(name)) return 'sans';
  }
  return 'serif';
}

/** A computed font-weight (400, 600, "bold") drawn with the bold face? */
export function isBold(fontWeight: string): boolean {
  const n = fontWeight === 'bold' ? 700 : fontWeight === 'normal' ? 400 : Number(fontWeight);
  return Number.isFinite(n) && n >= 550;
}

/**
 * The text of an @page margin box's `content` ('"Page " counter(page) " of " counter(pages)')
 * for one page; '' for none/normal or anything not understood.
 */
export function marginBoxText(content: string, page: number, pages: number): string {
  const src = content.trim();
  if (!src || src === 'none' || src === 'normal') return '';
  let out = '';
  const token = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|counter\(\s*(pages?)\s*\))/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = token.exec(src))) {
    at = token.lastIndex;
    const str = m[1] ?? m[2];
    if (str !== undefined) out += unescapeCssString(str);
    else out += String(m[3] === 'pages' ? pages : page);
  }
  return src.slice(at).trim() ? '' : out;
}

function unescapeCssString(s: string): string {
  return s.replace(/\\([\da-fA-F]{1,6}\s?|[\s\S])/g, (_, esc: string) => {
    if (/^[\da-fA-F]/.test(esc)) return String.fromCodePoint(parseInt(esc.trim(), 16));
    return esc === '\n' ? '' : esc;
  });
}

/** The margin boxes of an @page rule's text: name → declarations ('bottom-right' → { content, font, color, … }). */
export function marginBoxes(pageRuleCss: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const re = /@((?:top|bottom)-(?:left|center|right))\s*\{([^{}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(pageRuleCss))) {
    out.set(m[1]!, declarationsOf(m[2]!));
  }
  return out;
}

/** Something that must not be cut by a page break: a line of text, an image, a row kept whole. */
export interface Keep {
  top: number;
  bottom: number;
}

export interface BreakInput {
  /** The flow's height in px. */
  height: number;
  /** The content area's height of one page in px. */
  pageHeight: number;
  keeps: readonly Keep[];
  /** Tops of boxes that start a new page (break-before: page). */
  forced: readonly number[];
}

/**
 * Where each page starts in the flow (px from its top; the first is 0). A page ends at its
 * content height unless a line, image or row kept whole straddles that edge — then it ends
 * just above it — or a forced break comes first. A keep taller than a page is cut.
 */
export function pageStarts({ height, pageHeight, keeps, forced }: BreakInput): number[] {
  const starts = [0];
  const sortedKeeps = [...keeps].sort((a, b) => a.top - b.top);
  const forcedSorted = [...new Set(forced)].filter((f) => f > 0.5 && f < height).sort((a, b) => a - b);
  let start = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    let end = start + pageHeight;
    const nextForced = forcedSorted.find((f) => f > start + 0.5);
    if (nextForced !== undefined && nextForced <= end) {
      starts.push(nextForced);
      start = nextForced;
      continue;
    }
    if (end >= height - 0.5) break;
    // The highest top among keeps cut by the edge, when it leaves something on this page.
    let cut = end;
    for (const k of sortedKeeps) {
      if (k.top >= end) break;
      if (k.bottom > end + 0.5 && k.top > start + 0.5 && k.top < cut) cut = k.top;
    }
    end = cut;
    starts.push(end);
    start = end;
  }
  return starts;
}

/** The page (0-based) an item starting at `top` falls on, given the page starts. */
export function pageOf(top: number, starts: readonly number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= top + 0.01) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * An image's drawn box for `object-fit: contain` (centred) inside its element's content box;
 * the box itself for fill and everything else.
 */
export function containedBox(box: { x: number; y: number; width: number; height: number }, natural: { width: number; height: number }, fit: string): { x: number; y: number; width: number; height: number } {
  if ((fit !== 'contain' && fit !== 'scale-down') || natural.width <= 0 || natural.height <= 0) return box;
  let scale = Math.min(box.width / natural.width, box.height / natural.height);
  if (fit === 'scale-down') scale = Math.min(scale, 1);
  const width = natural.width * scale;
  const height = natural.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

export interface PageRule {
  /** '' for the plain @page, ':first', or a page name. */
  selector: string;
  /** The rule's own declarations (size, margin), names lower-case. */
  declarations: Record<string, string>;
  /** Its margin boxes: 'bottom-right' → declarations. */
  boxes: Map<string, Record<string, string>>;
}

function declarationsOf(body: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of body.match(/(?:[^;"']|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')+/g) ?? []) {
    const colon = part.indexOf(':');
    if (colon > 0) out[part.slice(0, colon).trim().toLowerCase()] = part.slice(colon + 1).trim();
  }
  return out;
}

/** The @page rules of a style sheet's text (outside @media blocks that are not for print). */
export function pageRules(css: string): PageRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: PageRule[] = [];
  const re = /@page\b([^{]*)\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // The block's end, nested braces counted.
    let depth = 1;
    let i = re.lastIndex;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    const body = text.slice(re.lastIndex, i - 1);
    const boxes = marginBoxes(body);
    const own = body.replace(/@[\w-]+\s*\{[^{}]*\}/g, '');
    const before = text.slice(0, m.index);
    const inScreen = /@media[^{]*\bscreen\b[^{]*\{[^}]*$/.test(before);
    if (!inScreen) rules.push({ selector: m[1]!.trim(), declarations: declarationsOf(own), boxes });
    re.lastIndex = i;
  }
  return rules;
}

// The bundled faces' coverage: @fontsource's latin and latin-ext subsets.
const COVERED: readonly (readonly [number, number])[] = [
  [0x0000, 0x02ff],
  [0x0304, 0x0304],
  [0x0308, 0x0308],
  [0x0329, 0x0329],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x20a0, 0x20c0],
  [0x2113, 0x2113],
  [0x2122, 0x2122],
  [0x2191, 0x2191],
  [0x2193, 0x2193],
  [0x2212, 0x2212],
  [0x2215, 0x2215],
  [0x2c60, 0x2c7f],
  [0xa720, 0xa7ff],
  [0xfeff, 0xfeff],
  [0xfffd, 0xfffd],
];

/**
 * Whether the bundled fonts draw this character. Others (→, ✓, CJK, emoji) are drawn as the
 * browser shows them, as a picture of that character.
 */
export function bundledFontsCover(codePoint: number): boolean {
  return COVERED.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** A word cut into runs the fonts draw (`picture: false`) and single characters they do not. */
export function splitByCoverage(word: string): { text: string; start: number; picture: boolean }[] {
  const out: { text: string; start: number; picture: boolean }[] = [];
  let offset = 0;
  for (const ch of word) {
    const picture = !bundledFontsCover(ch.codePointAt(0)!);
    const last = out[out.length - 1];
    if (last && !picture && !last.picture) last.text += ch;
    else out.push({ text: ch, start: offset, picture });
    offset += ch.length;
  }
  return out;
}
