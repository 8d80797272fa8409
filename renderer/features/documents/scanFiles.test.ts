import { describe, expect, it } from 'vitest';
import { sniffScanType, titleFromFileName } from './scanFiles';

describe('scan files', () => {
  it('knows PDFs and images by their bytes, not their names', () => {
    expect(sniffScanType(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffScanType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffScanType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffScanType(new TextEncoder().encode('<html><script>'))).toBeNull();
  });
  it('makes a title from a file name', () => {
    expect(titleFromFileName('Invoice_March.pdf')).toBe('Invoice March');
    expect(titleFromFileName('.pdf')).toBe('Scanned document');
  });
});
