import { describe, expect, it } from 'vitest';
import { escapeCssString, escapeHtml, safeImageDataUrl } from './templates/escape';

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('turns null and undefined into empty text and stringifies the rest', () => {
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('escapeCssString', () => {
  it('leaves nothing that can end the string or the style element', () => {
    const out = escapeCssString('a"b\\c\n</style><script>');
    expect(out.startsWith('"') && out.endsWith('"')).toBe(true);
    const inner = out.slice(1, -1);
    expect(inner).not.toMatch(/["<>\n]/);
    expect(inner).not.toMatch(/\\(?![0-9a-f]+ )/);
  });
});

describe('safeImageDataUrl', () => {
  it('accepts inline PNG, JPEG, SVG, GIF and WebP images', () => {
    expect(safeImageDataUrl('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBeDefined();
    expect(safeImageDataUrl('data:image/webp;base64,UklGRg==')).toBeDefined();
    expect(safeImageDataUrl(PNG)).toBe(PNG);
    expect(safeImageDataUrl('data:image/jpeg;base64,/9j/4AAQSkZJRg==')).toBeDefined();
    expect(safeImageDataUrl('data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=')).toBeDefined();
    expect(safeImageDataUrl('data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C/svg%3E')).toBeDefined();
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'http://example.com/logo.png',
    'https://example.com/logo.png',
    '//example.com/logo.png',
    'file:///etc/passwd',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/bmp;base64,Qk0=',
    'data:image/png,rawbytes',
    'data:image/png;base64,abc" onerror="alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    ' ',
    '',
  ])('refuses %s', (url) => {
    expect(safeImageDataUrl(url)).toBeUndefined();
  });

  it('refuses non-strings', () => {
    expect(safeImageDataUrl(undefined)).toBeUndefined();
    expect(safeImageDataUrl({ toString: () => PNG })).toBeUndefined();
  });
});
