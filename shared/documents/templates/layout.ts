/**
 * The page every document template fills: doctype, the document's own CSP, the print
 * stylesheet and the company letterhead. Templates supply only the content under the
 * letterhead, so a new document kind cannot forget the CSP or the escaping of the company.
 */
import type { CompanyProfile, LogoPosition, PageSize } from '../types';
import { escapeHtml, escapeMultiline, safeImageDataUrl } from './escape';
import { pageLanguage } from './format';
import { documentStyles } from './styles';

/**
 * Set inside the page itself so the HTML stays inert wherever it ends up — the preview
 * iframe, a print window, a saved file opened in a browser: no script, no network, only
 * inline styles and data: images.
 */
export const DOCUMENT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface PageOptions {
  /** The <title>, also what print dialogs show. */
  title: string;
  pageSize: PageSize;
  company: CompanyProfile;
  /** Trusted HTML built by a template from escaped values. */
  content: string;
  logoPosition?: LogoPosition | null;
  /** Repeated at the top of pages 2+; defaults to nothing. */
  headerLabel?: string;
  /** The content draws its own letterheads and page furniture (mail merge). */
  ownLetterheads?: boolean;
  /** Extra trusted CSS built from escaped values (named pages of a merge). */
  extraStyles?: string;
}

// Letterheads print the bare host; the scheme is noise on paper.
function displayWebsite(website: string | null | undefined): string {
  return (website ?? '')
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/\/$/, '');
}

export function renderLetterhead(company: CompanyProfile, logoPosition: LogoPosition | null = 'left'): string {
  const logo = safeImageDataUrl(company.logoDataUrl);
  const name = (company.name ?? '').trim();
  const address = (company.address ?? '').trim();
  const contact = [company.phone, company.email, displayWebsite(company.website)]
    .map((part) => (part ?? '').trim())
    .filter(Boolean);
  if (!logo && !name && !address && contact.length === 0) return '';
  return [
    `<header class="letterhead letterhead-logo-${logoPosition === 'center' || logoPosition === 'right' ? logoPosition : 'left'}">`,
    logo ? `<img class="letterhead-logo" src="${escapeHtml(logo)}" alt="${escapeHtml(name)}">` : '',
    '<div class="letterhead-text">',
    name ? `<div class="letterhead-name">${escapeHtml(name)}</div>` : '',
    address ? `<div class="letterhead-address">${escapeMultiline(address)}</div>` : '',
    contact.length > 0
      ? `<div class="letterhead-contact">${contact.map(escapeHtml).join(' · ')}</div>`
      : '',
    '</div>',
    '</header>',
  ].join('');
}

export function renderPage({
  title,
  pageSize,
  company,
  content,
  logoPosition,
  headerLabel,
  ownLetterheads,
  extraStyles,
}: PageOptions): string {
  return `<!doctype html>
<html lang="${escapeHtml(pageLanguage(company.locale))}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_CSP}">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
<style>${documentStyles({ pageSize, footerLabel: (company.name ?? '').trim(), headerLabel, plainPages: ownLetterheads })}${extraStyles ?? ''}</style>
</head>
<body>
<div class="sheet">
${ownLetterheads ? '' : renderLetterhead(company, logoPosition ?? 'left')}
${content}
</div>
</body>
</html>
`;
}
