/**
 * The only ways user text enters a document page. Every template builds HTML by string
 * concatenation, so every value that did not come from this codebase goes through
 * `escapeHtml` (text and attribute values alike — it escapes both quote kinds) or, inside the
 * <style> element where HTML escaping means nothing, through `escapeCssString`.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * A user-given name (a person, vendor, item, file, title) escaped and isolated in <bdi>, so
 * right-to-left text or a bidi override inside it ('\u202Eexe.fdp' shows as 'pdf.exe')
 * cannot reorder the text printed around it (issue 15.9).
 */
export function bdi(value: unknown): string {
  return `<bdi>${escapeHtml(value)}</bdi>`;
}

/** Escaped text with its line breaks kept (addresses, multi-line recipients). */
export function escapeMultiline(value: unknown): string {
  return escapeHtml(value).replace(/\r\n?/g, '\n').split('\n').join('<br>');
}

/**
 * A double-quoted CSS string. Everything but letters, digits and spaces becomes a hex escape,
 * so no quote, backslash, newline or `</style>` can survive into the stylesheet.
 */
export function escapeCssString(value: unknown): string {
  const text = (value === null || value === undefined ? '' : String(value)).replace(
    /\p{Cc}+/gu,
    ' ',
  );
  let out = '';
  for (const ch of text) {
    out += /^[A-Za-z0-9 ]$/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  }
  return `"${out}"`;
}

// Logos are embedded in every printed page, so a runaway value would bloat each print job.
const MAX_LOGO_LENGTH = 2_000_000;
const BASE64_LOGO = /^data:image\/(?:png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/i;
// SVG is often stored URL-encoded rather than base64. An <img> never runs an SVG's scripts,
// and the page's CSP blocks what it could fetch, so the only thing to refuse is the syntax
// that could end the attribute early — and escapeHtml handles that too.
const TEXT_SVG_LOGO = /^data:image\/svg\+xml(?:;charset=[A-Za-z0-9_-]+)?,[^\s"'<>]+$/i;

/**
 * The logo URL if it is an inline PNG, JPEG, SVG, GIF or WebP image (the formats Settings
 * accepts for the company logo); undefined for anything else.
 */
export function safeImageDataUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const url = value.trim();
  if (url.length === 0 || url.length > MAX_LOGO_LENGTH) return undefined;
  return BASE64_LOGO.test(url) || TEXT_SVG_LOGO.test(url) ? url : undefined;
}

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link if it is an absolute http(s) or mailto URL; undefined for anything else
 * (javascript:, data:, relative paths, control characters smuggled into the scheme).
 */
export function safeLinkHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const href = value.trim();
  if (href.length === 0 || href.length > 2000 || /[\p{Cc}\s]/u.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!LINK_SCHEMES.has(url.protocol)) return undefined;
  // The scheme as typed must match the parsed one, so "java\tscript:" style tricks cannot pass.
  if (!href.toLowerCase().startsWith(url.protocol)) return undefined;
  return href;
}
