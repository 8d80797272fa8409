/**
 * Email drafts as standard `.eml` files (issue 17.5): RFC 5322 / MIME built with `mimetext`,
 * a plain-text body and the printed document attached as PDF. The file opens in the user's
 * mail program as an unsent draft (`X-Unsent: 1`, honoured by Outlook; Thunderbird and Apple
 * Mail open it as a message to forward or edit). Pure: no I/O, works in the renderer and in
 * the main process.
 *
 * Nothing the user typed can add a header: the subject and display names go out as RFC 2047
 * encoded words (mimetext writes them base64), the body and attachments are base64, an
 * address is refused unless it is one plain address, and a file name keeps only safe
 * characters.
 */
import { createMimeMessage } from 'mimetext/browser';

export interface EmlAddress {
  name?: string;
  email: string;
}

export interface EmlAttachment {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface EmlDraft {
  from: EmlAddress;
  to: readonly EmlAddress[];
  cc?: readonly EmlAddress[];
  subject: string;
  /** Plain text; line breaks kept. */
  text: string;
  attachments?: readonly EmlAttachment[];
}

export class EmailDraftError extends Error {
  override name = 'EmailDraftError';
}

// One address: no spaces, no control characters, none of the characters that separate or
// quote addresses in a header, and a dot in the domain.
// eslint-disable-next-line no-control-regex -- control characters are exactly what an address must not hold
const ADDRESS_RE = /^[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+@[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]+\.[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f.][^\s@<>()[\]\\,;:"\u0000-\u001f\u007f]*$/;

export function isPlainEmailAddress(value: string): boolean {
  return value.length <= 254 && ADDRESS_RE.test(value);
}

/** Control characters (CR and LF among them) become spaces; runs of space collapse. */
function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex -- they are what is being removed
  return value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function mailbox(a: EmlAddress, role: string): { addr: string; name?: string } {
  const email = a.email.trim();
  if (!isPlainEmailAddress(email)) throw new EmailDraftError(`The ${role} address "${oneLine(a.email).slice(0, 80)}" is not an email address like name@example.com.`);
  const name = a.name === undefined ? '' : oneLine(a.name).slice(0, 200);
  return name ? { addr: email, name } : { addr: email };
}

/** A file name safe inside a quoted header parameter: letters, digits and . _ - ( ) and spaces. */
export function safeAttachmentName(name: string, fallback = 'document.pdf'): string {
  const cleaned = oneLine(name)
    // Accents come off their letters ('Álvarez' → 'Alvarez', not 'A_lvarez') and dashes stay dashes.
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\w .()-]+/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^[.\s]+/, '')
    .slice(0, 120)
    .trim();
  return cleaned || fallback;
}

/** Base64 of bytes in lines of 76 characters (RFC 2045). */
export function base64Lines(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  const b64 = btoa(binary);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join('\r\n');
}

/** The whole `.eml` text (CRLF line ends). */
export function buildEml(draft: EmlDraft): string {
  if (draft.to.length === 0) throw new EmailDraftError('Add at least one recipient with an email address.');
  const msg = createMimeMessage();
  msg.setSender(mailbox(draft.from, 'sender'));
  msg.setTo(draft.to.map((a) => mailbox(a, 'recipient')));
  if (draft.cc?.length) msg.setCc(draft.cc.map((a) => mailbox(a, 'copy')));
  msg.setSubject(oneLine(draft.subject).slice(0, 500) || '(no subject)');
  msg.setHeader('X-Unsent', '1');
  const body = draft.text.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n');
  msg.addMessage({ contentType: 'text/plain', charset: 'UTF-8', encoding: 'base64', data: base64Lines(new TextEncoder().encode(body)) });
  for (const a of draft.attachments ?? []) {
    if (!/^[\w.+-]+\/[\w.+-]+$/.test(a.contentType)) throw new EmailDraftError(`"${oneLine(a.contentType).slice(0, 60)}" is not a file type.`);
    msg.addAttachment({ filename: safeAttachmentName(a.filename), contentType: a.contentType, encoding: 'base64', data: base64Lines(a.bytes) });
  }
  return msg.asRaw();
}

/** A file name for the draft itself: the subject, made safe (a colon becomes a dash), with .eml. */
export function emlFileName(subject: string): string {
  // "Message: Karen Boucher, Northeast" reads "Message - Karen Boucher Northeast", not "Message_ Karen Boucher_".
  const readable = subject.replace(/\s*[:;|]\s*/g, ' - ').replace(/,(?=\s)/g, '');
  const base = safeAttachmentName(readable, 'document').replace(/\.+$/, '').slice(0, 80) || 'document';
  return `${base}.eml`;
}
