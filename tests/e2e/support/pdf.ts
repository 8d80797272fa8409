/**
 * Reads printed PDFs back the way a person would see them: text through pdftotext (layout kept,
 * so columns stay on one line) and pages as PNGs through pdftoppm for screenshots and a look.
 * Both come from poppler-utils, which .ci/run installs.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
// Long reports print many pages; the default 1 MiB would cut their text short.
const MAX_BUFFER = 64 * 1024 * 1024;

/** The PDF's text with its layout kept (pdftotext -layout); pages are separated by form feeds. */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', pdfPath, '-'], { maxBuffer: MAX_BUFFER });
  return stdout;
}

/** The text in reading order without layout (pdftotext -raw): rotated text such as a watermark reads whole. */
export async function pdfRawText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-raw', pdfPath, '-'], { maxBuffer: MAX_BUFFER });
  return stdout;
}

/** The text of each page, in order. */
export async function pdfPages(pdfPath: string): Promise<string[]> {
  const pages = (await pdfText(pdfPath)).split('\f');
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/**
 * Renders every page to `${outPrefix}-N.png` at 60 dpi (small enough to look at, large enough to
 * read headings) and returns the files in page order.
 */
export async function pdfToPng(pdfPath: string, outPrefix: string): Promise<string[]> {
  await run('pdftoppm', ['-png', '-r', '60', pdfPath, outPrefix], { maxBuffer: MAX_BUFFER });
  const dir = path.dirname(outPrefix);
  const base = path.basename(outPrefix);
  // pdftoppm pads page numbers to the width of the page count (-1, or -01 past nine pages).
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)\\.png$`);
  const pages = (await readdir(dir))
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((entry): entry is { name: string; match: RegExpExecArray } => entry.match !== null)
    .sort((a, b) => Number(a.match[1]) - Number(b.match[1]));
  return pages.map((entry) => path.join(dir, entry.name));
}

/** Page count and page size as pdfinfo reports them. */
export async function pdfInfo(pdfPath: string): Promise<{ pages: number; pageSize: string }> {
  const { stdout } = await run('pdfinfo', [pdfPath], { maxBuffer: MAX_BUFFER });
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(stdout)?.[1]?.trim() ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size') };
}
