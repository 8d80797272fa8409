/**
 * A document page shown at its true printed size, scaled down to fit the space it is given.
 * The page runs in a sandboxed iframe with no permissions at all (no scripts, opaque origin),
 * on top of the page's own CSP, so nothing a user typed can run or load anything here.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PageSize } from '../../../../shared/documents';

const PX_PER_MM = 96 / 25.4;

/** CSS pixels of one sheet; the iframe's viewport matches it so lines wrap as on paper. */
const SHEET_PX: Record<PageSize, { width: number; height: number }> = {
  A4: { width: Math.round(210 * PX_PER_MM), height: Math.round(297 * PX_PER_MM) },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
};

/** FNV-1a: a cheap fingerprint of the page, used as the iframe's key. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}-${(hash >>> 0).toString(36)}`;
}

export function PrintPreview({ html, pageSize }: { html: string; pageSize: PageSize }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
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
  const frameKey = useMemo(() => fingerprint(html), [html]);
  const scale = available > 0 ? Math.min(1, available / sheet.width) : 0.5;

  return (
    <div className="doc-preview-box">
      <div ref={boxRef}>
        <div
          className="doc-preview-paper"
          style={{ width: sheet.width * scale, height: sheet.height * scale }}
        >
          <iframe
            key={frameKey}
            title="Print preview"
            sandbox=""
            srcDoc={html}
            className="doc-preview-frame"
            style={{ width: sheet.width, height: sheet.height, transform: `scale(${scale})` }}
          />
        </div>
      </div>
    </div>
  );
}
