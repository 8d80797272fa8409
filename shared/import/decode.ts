/**
 * Bytes → text for imported files. Offices get CSVs from Excel on Windows (Windows-1252 or
 * UTF-16 "Unicode text"), from web apps (UTF-8, often with a byte-order mark) and from old Macs,
 * so the encoding is decided from the bytes rather than asked of the user:
 *   1. a byte-order mark wins (UTF-8, UTF-16 LE, UTF-16 BE);
 *   2. without one, many NUL bytes on one side of each byte pair mean UTF-16 (Excel's
 *      "Unicode text" sometimes loses its mark when files are cut or concatenated);
 *   3. bytes that are valid UTF-8 are UTF-8 (plain ASCII included);
 *   4. anything else is read as Windows-1252, which gives every byte some character, so a
 *      stray byte never stops an import.
 * `encoding` uses the WHATWG labels so the wizard can show and reuse them.
 */

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: DetectedEncoding;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    // A UTF-8 mark is a stated intent: decode leniently rather than second-guess it.
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)),
      encoding: 'utf-8',
    };
  }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16be' };

  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16 === 'utf-16be'), encoding: utf16 };

  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/**
 * Text files in UTF-16 are mostly ASCII, whose high byte is 0: NULs pile up at odd offsets
 * (little-endian) or even offsets (big-endian). Real UTF-8 or 1252 text has no NULs at all.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (!bigEndian) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes);
  try {
    return new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes);
  } catch {
    // Runtimes built without full ICU lack utf-16be; swapping bytes turns it into utf-16le.
    const swapped = new Uint8Array(bytes.length & ~1);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      swapped[i] = bytes[i + 1]!;
      swapped[i + 1] = bytes[i]!;
    }
    return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(swapped);
  }
}

/** 0x80–0x9F of Windows-1252; the rest of the code page equals Latin-1 (byte = code point). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('windows-1252').decode(bytes);
  } catch {
    text = '';
    for (let i = 0; i < bytes.length; i += 4096)
      text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  }
  // Node 20's decoder (and the fallback above) read this label as Latin-1, leaving
  // 0x80–0x9F as C1 controls where Windows-1252 has € ‚ “ ” and friends; browsers get it
  // right, and then this finds nothing to change.
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!),
  );
}
