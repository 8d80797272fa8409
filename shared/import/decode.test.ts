import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252 } from './decode';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (bigEndian) out.push(c >> 8, c & 0xff);
    else out.push(c & 0xff, c >> 8);
  }
  return new Uint8Array(out);
}

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(new TextEncoder().encode('a,b\nCafé,€5\n'))).toEqual({
      text: 'a,b\nCafé,€5\n',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 BOM', () => {
    const r = decodeBytes(bytes(0xef, 0xbb, 0xbf, ...ascii('Name'), 0xc3, 0xa9));
    expect(r).toEqual({ text: 'Nameé', encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(utf16('Name,Qty\r\nCafé €,1', false, true))).toEqual({
      text: 'Name,Qty\r\nCafé €,1',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('Name,Qty\r\nCafé €,1', true, true))).toEqual({
      text: 'Name,Qty\r\nCafé €,1',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a BOM from its NUL bytes', () => {
    expect(decodeBytes(utf16('Name\tQty\nPaper\t5\n', false, false))).toEqual({
      text: 'Name\tQty\nPaper\t5\n',
      encoding: 'utf-16le',
    });
    expect(decodeBytes(utf16('Name\tQty\nPaper\t5\n', true, false))).toEqual({
      text: 'Name\tQty\nPaper\t5\n',
      encoding: 'utf-16be',
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8 (é = E9, € = 80)', () => {
    const r = decodeBytes(
      bytes(...ascii('Caf'), 0xe9, 0x2c, 0x80, ...ascii('5'), 0x93, ...ascii('q'), 0x94),
    );
    expect(r).toEqual({ text: 'Café,€5\u201cq\u201d', encoding: 'windows-1252' });
  });

  it('maps the whole Windows-1252 code page, including 0x80–0x9F that Latin-1 lacks', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.slice(0x80, 0x88)).toBe('€\u0081‚ƒ„…†‡');
    expect(text.slice(0x91, 0x98)).toBe('‘’“”•–—');
    expect(text[0x9f]).toBe('Ÿ');
    expect(text.slice(0xa0)).toBe(
      String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)),
    );
    expect(text.slice(0, 0x80)).toBe(
      String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i)),
    );
  });

  it('decodes an empty file', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
