/** The closing and signature block shared by letters and memos when a layout asks for it. */
import type { DocumentInput } from '../types';
import { escapeMultiline } from './escape';

export function renderSignature(doc: DocumentInput, fallback: string): string {
  if (doc.layout?.signature !== true) return '';
  const text = (doc.layout.signatureText ?? '').trim() || fallback.trim();
  if (!text) return '';
  return `<div class="doc-signature">${escapeMultiline(text)}</div>`;
}
