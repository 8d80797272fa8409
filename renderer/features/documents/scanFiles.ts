/**
 * Which scanned or received files the register accepts, judged by their first bytes rather
 * than their name or the browser's guess, so a file is always shown as what it really is.
 */

export const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];

export const SCAN_FILTERS = [{ name: 'PDFs and images', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp'] }];

/** Largest file the register stores in the browser database. */
export const MAX_SCAN_BYTES = 50 * 1024 * 1024;

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  return sig.every((b, i) => bytes[offset + i] === b);
}

export function sniffScanType(bytes: Uint8Array): ScanType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** 'Invoice March.pdf' → 'Invoice March'. */
export function titleFromFileName(name: string): string {
  return name.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[_]+/g, ' ').trim() || 'Scanned document';
}
