/**
 * The document as sheets of paper at their true printed size, scaled down to fit, one sheet
 * per page. Each sheet shows its slice of the flowing page through a window the size of the
 * printable area; pages 2+ show the running header and every sheet its "Page X of Y", as on
 * paper. Page breaks are approximate (Chromium's print layout can move a line or a table row
 * to avoid splitting it); the printed PDF is the reference.
 *
 * The page runs in sandboxed iframes without scripts, on top of the page's own CSP. They keep
 * the app's origin only so the preview can measure how tall the content is.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PageSize } from '../../../../shared/documents';
import { type MergeSheet, mergePageLabel } from '../../../../shared/documents/merge';
import { type Sheet, assignToSheets, paginateLetters } from './paginate';

const PX_PER_MM = 96 / 25.4;
// Must match shared/documents/templates/styles.ts MARGIN.
const MARGIN_TOP = 18 * PX_PER_MM;
const MARGIN_BOTTOM = 22 * PX_PER_MM;

/** CSS pixels of one sheet; the iframe's viewport matches it so lines wrap as on paper. */
const SHEET_PX: Record<PageSize, { width: number; height: number }> = {
  A4: { width: Math.round(210 * PX_PER_MM), height: Math.round(297 * PX_PER_MM) },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
};

// Where a page may end: before any of these, as the print layout would (it avoids splitting
// lines, list items and table rows).
const BREAK_BEFORE = 'p, li, tr, h1, h2, h3, h4, hr, address, table, .doc-signature, .merge-letter, .slip-line';

// Text blocks a printer splits between lines when they are taller than a page (one long
// paragraph, a pasted token wrapped over many lines): the preview may break inside them too.
const SPLITTABLE = 'p, li, address, .slip-line';

/**
 * A page this long (characters of HTML) is shown once typing pauses for SETTLE_MS, not on
 * every key: laying out a 100,000-character body per key press would block typing (issue 15.9).
 */
const LARGE_PAGE = 30_000;
const SETTLE_MS = 300;
/** Sheets this far below (or above) the visible part of the preview get their page drawn early. */
const NEAR_MARGIN = '800px 0px';

/** FNV-1a: a cheap fingerprint of the page, used as the iframe's key. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}

/** How a merged page was laid out: its sheets, per letter, and which sheet shows each element. */
export interface MergeLayout {
  /** The page measured (the settled one). */
  html: string;
  sheets: MergeSheet[];
  /** Per element of MERGE_ELEMENTS, in document order: the index of the sheet it starts on. */
  assignment: number[];
}

/** Every element of every merged letter, in document order (print marks each with its sheet). */
export const MERGE_ELEMENTS = '.merge-letter, .merge-letter *';

export function PrintPreview({
  html,
  pageSize,
  headerLabel,
  perLetter,
  onMergeLayout,
}: {
  html: string;
  pageSize: PageSize;
  /** Shown at the top of pages 2+ when the document repeats a header there. */
  headerLabel?: string;
  /**
   * A mail merge: each letter is paginated on its own sheets and every sheet reads "Letter 1
   * of 2 · page 1 of 2", as the printed letters do (issue 16.6).
   */
  perLetter?: boolean;
  /** Told how a merged page was laid out, so printing can follow the same sheets. */
  onMergeLayout?: (layout: MergeLayout) => void;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const shown = useSettledWhenLarge(html);
  const near = useNearSheets(boxRef);
  const [measured, setMeasured] = useState<{ key: string; slices: Sheet[]; height: number } | null>(null);
  const sheet = SHEET_PX[pageSize];

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setAvailable(box.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // A new iframe per version of the page: changing an existing iframe's srcdoc adds an entry
  // to the window's history, so Back would step through old previews instead of leaving.
  const frameKey = useMemo(() => `${fingerprint(shown)}-${pageSize}`, [shown, pageSize]);
  const scale = available > 0 ? Math.min(1, available / sheet.width) : 0.5;
  const contentHeight = sheet.height - MARGIN_TOP - MARGIN_BOTTOM;
  const current = measured?.key === frameKey ? measured : null;
  const slices: Sheet[] = current?.slices ?? [{ start: MARGIN_TOP, end: MARGIN_TOP + contentHeight, letter: 1, page: 1, pages: 1 }];
  const pages = slices.length;
  const letters = slices[pages - 1]!.letter;
  const frameHeight = Math.max(sheet.height, current?.height ?? 0, slices[pages - 1]!.start + contentHeight + MARGIN_BOTTOM);
  const sheetLabel = (slice: Sheet, index: number) =>
    perLetter ? mergePageLabel(slice.letter, letters, slice.page, slice.pages) : `Page ${index + 1} of ${pages}`;

  const onLoad = (event: React.SyntheticEvent<HTMLIFrameElement>) => {
    const doc = event.currentTarget.contentDocument;
    if (!doc) return;
    const sheetEl = doc.querySelector<HTMLElement>('.sheet');
    const height = Math.ceil(sheetEl?.scrollHeight ?? doc.documentElement.scrollHeight);
    const scrollTop = doc.documentElement.scrollTop;
    const topOf = (el: Element) => el.getBoundingClientRect().top + scrollTop;
    const candidates = Array.from(doc.querySelectorAll(BREAK_BEFORE), topOf);
    // Inside a text block taller than a page, a page may end after any of its lines.
    for (const el of Array.from(doc.querySelectorAll<HTMLElement>(SPLITTABLE))) {
      const box = el.getBoundingClientRect();
      if (box.height <= contentHeight) continue;
      const style = doc.defaultView?.getComputedStyle(el);
      const line = parseFloat(style?.lineHeight ?? '') || parseFloat(style?.fontSize ?? '16') * 1.45;
      const top = box.top + scrollTop;
      for (let y = top + line; y < top + box.height - 1; y += line) candidates.push(y);
    }
    // Each merged letter on sheets of its own, from its top to the end of its content (its
    // on-screen min-height would otherwise run it onto a sheet of nothing).
    const letterEls = Array.from(doc.querySelectorAll<HTMLElement>('.merge-letter'));
    const letterBoxes = letterEls.map((el) => {
      const top = topOf(el);
      const bottom = Math.max(top + 1, ...Array.from(el.children, (child) => child.getBoundingClientRect().bottom + scrollTop));
      return { top, bottom };
    });
    const slicesNow = paginateLetters(
      candidates,
      letterBoxes.length > 0 ? letterBoxes : [{ top: MARGIN_TOP, bottom: height - MARGIN_BOTTOM }],
      contentHeight,
    );
    setMeasured({ key: frameKey, slices: slicesNow, height });
    if (onMergeLayout && letterEls.length > 0) {
      const index = new Map(letterEls.map((el, i) => [el, i + 1]));
      const elements = Array.from(doc.querySelectorAll(MERGE_ELEMENTS), (el) => ({
        letter: index.get(el.closest('.merge-letter') as HTMLElement) ?? 1,
        top: topOf(el),
      }));
      onMergeLayout({
        html: shown,
        sheets: slicesNow.map(({ letter, page, pages: of }) => ({ letter, page, pages: of })),
        assignment: assignToSheets(elements, slicesNow),
      });
    }
  };

  return (
    <div className="doc-preview-box">
      <div ref={boxRef} className="doc-preview-pages" aria-label={perLetter && letters > 1 ? `${letters} letters, ${pages} ${pages === 1 ? 'page' : 'pages'}` : `${pages} ${pages === 1 ? 'page' : 'pages'}`}>
        {slices.map(({ start, end }, index) => (
          <div
            key={index}
            ref={near.observe}
            data-page={index}
            className="doc-preview-paper"
            style={{ width: sheet.width * scale, height: sheet.height * scale }}
          >
            <div
              className="doc-preview-sheet"
              style={{ width: sheet.width, height: sheet.height, transform: `scale(${scale})` }}
            >
              {index > 0 && headerLabel ? (
                <div className="doc-preview-running" style={{ top: MARGIN_TOP / 2 - 6 }}>
                  {headerLabel}
                </div>
              ) : null}
              <div
                className="doc-preview-window"
                style={{ top: index === 0 ? 0 : MARGIN_TOP, height: index === 0 ? end : end - start }}
              >
                {index === 0 || near.pages.has(index) ? (
                  <iframe
                    key={frameKey}
                    title={index === 0 ? 'Print preview' : `Print preview, page ${index + 1}`}
                    sandbox="allow-same-origin"
                    srcDoc={shown}
                    tabIndex={index === 0 ? 0 : -1}
                    aria-hidden={index === 0 ? undefined : true}
                    onLoad={index === 0 ? onLoad : undefined}
                    className="doc-preview-frame"
                    style={{
                      width: sheet.width,
                      height: frameHeight,
                      top: index === 0 ? 0 : -start,
                    }}
                  />
                ) : null}
              </div>
              <div className="doc-preview-number" style={{ bottom: MARGIN_BOTTOM / 2 - 4 }}>
                {sheetLabel(slices[index]!, index)}
              </div>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * The page to show: `html` itself while it is short; a long one once it has not changed for
 * SETTLE_MS (and at once the first time), so each key press in a long body does not lay the
 * whole document out again.
 */
function useSettledWhenLarge(html: string): string {
  const [settled, setSettled] = useState(html);
  useEffect(() => {
    if (html.length < LARGE_PAGE) return;
    const timer = window.setTimeout(() => setSettled(html), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [html]);
  return html.length < LARGE_PAGE || settled.length < LARGE_PAGE ? html : settled;
}

/**
 * Which sheets have come near the visible part of the preview. Sheets after the first draw
 * their page (a frame laying out the whole document) only then, so a 30-page body costs one or
 * two layouts instead of thirty; a sheet once drawn stays drawn.
 */
function useNearSheets(boxRef: React.RefObject<HTMLDivElement | null>) {
  const [pages, setPages] = useState<ReadonlySet<number>>(() => new Set([0]));
  const observerRef = useRef<IntersectionObserver | null>(null);
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) =>
        setPages((current) => {
          let next: Set<number> | null = null;
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.page);
            if (entry.isIntersecting && !current.has(index)) (next ??= new Set(current)).add(index);
          }
          return next ?? current;
        }),
      { rootMargin: NEAR_MARGIN },
    );
    observerRef.current = observer;
    boxRef.current?.querySelectorAll<HTMLElement>('[data-page]').forEach((el) => observer.observe(el));
    return () => {
      observer.disconnect();
      observerRef.current = null;
    };
  }, [boxRef]);
  const observe = (el: HTMLDivElement | null) => {
    if (el) observerRef.current?.observe(el);
  };
  return { pages, observe };
}
