/**
 * The rules behind the "Email…" dialog (issue 17.5), pure so they are tested without a screen:
 * the recipients typed in one field, what the dialog says will happen on this platform, and
 * the toast once the draft is made.
 */
import { isPlainEmailAddress } from '../../shared/email/eml';
import type { EmailDraftOutcome, PrintRequest } from '../platform/types';

/** What a screen knows when the user clicks "Email…": the document and the draft's first words. */
export interface EmailDraftSeed {
  /** The document exactly as Print sends it. */
  document: PrintRequest;
  /** The record's addresses (vendor, addressee); may be empty — the user then types one. */
  to: string[];
  subject: string;
  body: string;
  /** The attached PDF's name ("PO-0012.pdf"); ".pdf" is added when missing. */
  fileName: string;
}

export type RecipientCheck = { ok: true; addresses: string[] } | { ok: false; message: string };

/**
 * The "To" field: addresses separated by commas, semicolons or line breaks (as mail programs
 * accept them); "Name <address>" keeps the address. Duplicates go (case-insensitively).
 */
export function parseRecipients(text: string): RecipientCheck {
  const parts = text
    .split(/[,;\n\r]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'Enter the recipient’s email address, like name@example.com.' };
  const addresses: string[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const angle = /<([^<>]*)>\s*$/.exec(part);
    const address = (angle ? angle[1]! : part).trim();
    if (!isPlainEmailAddress(address)) {
      return { ok: false, message: `"${part.slice(0, 80)}" is not an email address like name@example.com.` };
    }
    const key = address.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      addresses.push(address);
    }
  }
  if (addresses.length > 50) return { ok: false, message: 'A draft can go to 50 recipients at most.' };
  return { ok: true, addresses };
}

/** The sender's address: one plain address. */
export function checkSender(text: string): { ok: true; address: string } | { ok: false; message: string } {
  const address = text.trim();
  if (!address) return { ok: false, message: 'Enter your office’s email address (From), like office@example.com.' };
  if (!isPlainEmailAddress(address)) return { ok: false, message: `From: "${address.slice(0, 80)}" is not an email address like office@example.com.` };
  return { ok: true, address };
}

/** "PO-0012" → "PO-0012.pdf"; a name already ending in .pdf stays. */
export function pdfFileName(name: string): string {
  const trimmed = name.trim() || 'document';
  return /\.pdf$/i.test(trimmed) ? trimmed : `${trimmed}.pdf`;
}

/** The dialog's sentence on what "Create draft" does here. */
export function draftHint(kind: 'electron' | 'browser'): string {
  return kind === 'electron'
    ? 'The draft opens in your mail program with the PDF attached; check it there and press Send.'
    : 'The draft downloads as an .eml file with the PDF attached: open it in your mail program (Outlook, Thunderbird, Apple Mail), check it and press Send.';
}

/** The toast for a made draft; null when it failed (the dialog shows the error instead). */
export function draftOutcomeMessage(outcome: EmailDraftOutcome, what: string): string | null {
  switch (outcome.status) {
    case 'opened':
      return `Email draft of ${what} opened in your mail program`;
    case 'downloaded':
      return `Email draft of ${what} downloaded as ${outcome.fileName} — open it in your mail program`;
    case 'failed':
      return null;
  }
}
