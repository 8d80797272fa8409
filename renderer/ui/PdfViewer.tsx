/**
 * A PDF shown inside the app without any browser plugin (issue 15.6): pdf.js parses the file in
 * its own worker (bundled by Vite, started from the app's origin) and draws one page at a time
 * into a <canvas>. Nothing is fetched from outside the app: the CMaps, standard fonts, image
 * decoders (WebAssembly for the JBIG2/CCITT/JPX images scanners write) and colour profiles
 * ship beside the app under pdfjs/ (vite.config.ts), and pdf.js is told not to compile font
 * programs with eval (`isEvalSupported: false`). No text or annotation layer: the canvas is all
 * there is, so nothing in a file (links, forms, script) can act on the page.
 *
 * Controls: Previous / Next page and a page number field, Zoom out / Zoom in, Fit width and
 * 100 %; on the focused viewer PgUp/PgDn (and the arrows), Home/End, + / - and 0 (fit width).
 * A damaged or protected file is a sentence, never a blank frame.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentLoadingTask, PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import './pdfViewer.css';

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js loads on first use (it is large), with its worker from the app's own files. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  });
  return pdfjs;
}

/** Where the viewer's data files are served (beside index.html), as pdf.js wants them: a folder URL. */
function assetFolder(name: 'cmaps' | 'standard_fonts' | 'wasm' | 'iccs'): string {
  return new URL(`pdfjs/${name}/`, document.baseURI).href;
}

const MIN_SCALE = 0.25;
const MAX_SCALE = 4;
const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4];
/** Canvas pixels per page at most (about 4096 × 4096): a huge scan at 400 % would exhaust memory. */
const MAX_CANVAS_PIXELS = 16_777_216;

type Zoom = { mode: 'fit' } | { mode: 'scale'; scale: number };

type Loaded = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; doc: PDFDocumentProxy };

/** The sentence shown when pdf.js cannot open a file. */
export function pdfProblem(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException')
    return 'This PDF is protected by a password, so it cannot be shown here. Download it and open it in a PDF reader.';
  if (name === 'InvalidPDFException')
    return 'This file is damaged or is not really a PDF, so it cannot be shown. Download it to try another program, or attach it again.';
  return 'This PDF could not be shown. Download it to open it in another program.';
}

function nextZoomStep(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((s) => s > current + 0.001) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((s) => s < current - 0.001) ?? MIN_SCALE;
}

export interface PdfViewerProps {
  /** The file's bytes (copied: pdf.js takes ownership of what it is given). */
  bytes: Uint8Array;
  /** What the file is, for screen readers: "Receipt taxi.pdf". */
  label: string;
  className?: string;
}

export function PdfViewer({ bytes, label, className }: PdfViewerProps) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [page, setPage] = useState(1);
  const [pageInput, setPageInput] = useState('1');
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });
  const [shownScale, setShownScale] = useState(1);
  const [rendering, setRendering] = useState(false);
  const [renderProblem, setRenderProblem] = useState<string | null>(null);
  const [width, setWidth] = useState(0);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);

  // Open the document (once per file); close it and its worker when the viewer goes.
  useEffect(() => {
    let task: PDFDocumentLoadingTask | null = null;
    let live = true;
    setLoaded({ state: 'loading' });
    setPage(1);
    setPageInput('1');
    void loadPdfJs()
      .then((lib) => {
        if (!live) return;
        task = lib.getDocument({
          data: bytes.slice(),
          isEvalSupported: false,
          enableXfa: false,
          useSystemFonts: false,
          cMapUrl: assetFolder('cmaps'),
          cMapPacked: true,
          standardFontDataUrl: assetFolder('standard_fonts'),
          wasmUrl: assetFolder('wasm'),
          iccUrl: assetFolder('iccs'),
          verbosity: lib.VerbosityLevel.ERRORS,
        });
        return task.promise.then((doc) => {
          if (!live) return;
          if (doc.numPages < 1) setLoaded({ state: 'error', message: 'This PDF has no pages to show.' });
          else setLoaded({ state: 'ready', doc });
        });
      })
      .catch((e: unknown) => {
        if (live) setLoaded({ state: 'error', message: pdfProblem(e) });
      });
    return () => {
      live = false;
      void task?.destroy();
    };
  }, [bytes]);

  // Fit width follows the viewer's width.
  useEffect(() => {
    const box = pagesRef.current;
    if (!box) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [loaded.state]);

  const doc = loaded.state === 'ready' ? loaded.doc : null;
  const pageCount = doc?.numPages ?? 0;

  // Draw the current page whenever it, the zoom or the width changes.
  useEffect(() => {
    if (!doc || !canvasRef.current) return;
    if (zoom.mode === 'fit' && width <= 0) return;
    let task: RenderTask | null = null;
    let live = true;
    setRendering(true);
    setRenderProblem(null);
    void doc
      .getPage(page)
      .then((pdfPage) => {
        if (!live) return;
        const natural = pdfPage.getViewport({ scale: 1 });
        const scale =
          zoom.mode === 'fit'
            ? Math.min(MAX_SCALE, Math.max(MIN_SCALE, (width - 2) / natural.width))
            : zoom.scale;
        const viewport = pdfPage.getViewport({ scale });
        const ratio = window.devicePixelRatio || 1;
        const output = Math.min(ratio, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
        const canvas = canvasRef.current!;
        canvas.width = Math.max(1, Math.floor(viewport.width * output));
        canvas.height = Math.max(1, Math.floor(viewport.height * output));
        // CSSOM, not a style attribute: allowed under the app's CSP.
        canvas.style.width = `${Math.floor(viewport.width)}px`;
        canvas.style.height = `${Math.floor(viewport.height)}px`;
        setShownScale(scale);
        task = pdfPage.render({
          canvas,
          viewport,
          ...(output !== 1 ? { transform: [output, 0, 0, output, 0, 0] } : {}),
        });
        return task.promise;
      })
      .then(() => {
        if (live) setRendering(false);
      })
      .catch((e: unknown) => {
        if (!live || (e as { name?: string }).name === 'RenderingCancelledException') return;
        setRendering(false);
        setRenderProblem(`Page ${page} could not be drawn: the file may be damaged there.`);
      });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [doc, page, zoom, width]);

  const goTo = useCallback(
    (target: number) => {
      if (!pageCount) return;
      const next = Math.min(pageCount, Math.max(1, Math.round(target)));
      setPage(next);
      setPageInput(String(next));
    },
    [pageCount],
  );
  const zoomBy = (direction: 1 | -1) => setZoom({ mode: 'scale', scale: nextZoomStep(shownScale, direction) });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      PageDown: () => goTo(page + 1),
      PageUp: () => goTo(page - 1),
      ArrowRight: () => goTo(page + 1),
      ArrowLeft: () => goTo(page - 1),
      Home: () => goTo(1),
      End: () => goTo(pageCount),
      '+': () => zoomBy(1),
      '=': () => zoomBy(1),
      '-': () => zoomBy(-1),
      '0': () => setZoom({ mode: 'fit' }),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  if (loaded.state === 'error')
    return (
      <div className={`pdfv pdfv-failed ${className ?? ''}`} role="region" aria-label={`PDF viewer: ${label}`}>
        <p role="alert">{loaded.message}</p>
      </div>
    );

  const percent = Math.round(shownScale * 100);
  return (
    <div
      className={`pdfv ${className ?? ''}`}
      role="region"
      aria-label={`PDF viewer: ${label}`}
      aria-roledescription="PDF viewer"
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="pdfv-toolbar" role="toolbar" aria-label="Pages and zoom">
        <button type="button" className="btn pdfv-btn" onClick={() => goTo(page - 1)} disabled={!doc || page <= 1} aria-label="Previous page" title="Previous page (Page Up)">
          ‹
        </button>
        <span className="pdfv-page">
          <input
            className="pdfv-page-input"
            inputMode="numeric"
            aria-label="Page number"
            value={pageInput}
            disabled={!doc}
            onChange={(e) => setPageInput(e.target.value.replace(/[^0-9]/g, '').slice(0, 5))}
            onKeyDown={(e) => {
              // Its own Enter, not a <form>: the viewer may sit inside a form of the page.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              if (pageInput) goTo(Number(pageInput));
              else setPageInput(String(page));
            }}
            onBlur={() => setPageInput(String(page))}
          />
          <span className="pdfv-count" aria-live="polite">
            {doc ? `of ${pageCount}` : 'Opening…'}
          </span>
        </span>
        <button type="button" className="btn pdfv-btn" onClick={() => goTo(page + 1)} disabled={!doc || page >= pageCount} aria-label="Next page" title="Next page (Page Down)">
          ›
        </button>
        <span className="pdfv-gap" />
        <button type="button" className="btn pdfv-btn" onClick={() => zoomBy(-1)} disabled={!doc || shownScale <= MIN_SCALE} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <output className="pdfv-zoom" aria-label="Zoom">
          {percent}%
        </output>
        <button type="button" className="btn pdfv-btn" onClick={() => zoomBy(1)} disabled={!doc || shownScale >= MAX_SCALE} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" className="btn" onClick={() => setZoom({ mode: 'fit' })} disabled={!doc} aria-pressed={zoom.mode === 'fit'}>
          Fit width
        </button>
        <button type="button" className="btn" onClick={() => setZoom({ mode: 'scale', scale: 1 })} disabled={!doc} aria-pressed={zoom.mode === 'scale' && zoom.scale === 1} aria-label="Actual size (100%)">
          100%
        </button>
      </div>
      {renderProblem ? (
        <p className="error-box" role="alert">
          {renderProblem}
        </p>
      ) : null}
      <div className="pdfv-pages" ref={pagesRef} aria-busy={loaded.state === 'loading' || rendering}>
        {loaded.state === 'loading' ? <p className="muted pdfv-status">Opening the PDF…</p> : null}
        <canvas
          ref={canvasRef}
          className="pdfv-canvas"
          hidden={loaded.state !== 'ready'}
          role="img"
          aria-label={doc ? `Page ${page} of ${pageCount}, ${label}` : label}
        />
      </div>
    </div>
  );
}
