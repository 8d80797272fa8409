import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAllowedExternalUrl,
  isAllowedFrameNavigation,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isAllowedSender,
  isAppUrl,
  resolveContained,
} from './security-rules';

const lookalikes = [
  'app://backdesk.evil.com/',
  'app://evil.backdesk/',
  'app://backdesk@evil/',
  'app://backdesk:pw@evil/',
  'app://user@backdesk/',
  'app://backdesk:8080/',
  'app://backdeskx/',
  'app://BACKDESK.evil/',
  'app:backdesk/index.html',
  'app:///backdesk/index.html',
  'apps://backdesk/',
  'https://backdesk/',
  'http://backdesk/',
  'file:///backdesk/index.html',
  'javascript:alert(1)//app://backdesk/',
  ' app://backdesk/',
  'app://backdesk/\n',
  'app://back\tdesk/',
  'app://backdesk\\..\\x',
  '//backdesk/',
  '',
];

describe('isAppUrl', () => {
  it('accepts the app origin and its paths', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://backdesk')).toBe(true);
    expect(isAppUrl('app://backdesk/inventory/items?filter=low#top')).toBe(true);
    expect(isAppUrl('app://backdesk/assets/index-abc.js')).toBe(true);
  });

  it.each(lookalikes)('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined as unknown as string)).toBe(false);
    expect(isAppUrl({ toString: () => APP_ENTRY_URL } as unknown as string)).toBe(false);
  });
});

describe('isAllowedSender', () => {
  it('answers only the app top frame', () => {
    expect(isAllowedSender('app://backdesk/', true)).toBe(true);
    expect(isAllowedSender('app://backdesk/', false)).toBe(false);
    expect(isAllowedSender('app://backdesk.evil.com/', true)).toBe(false);
    expect(isAllowedSender('app://backdesk@evil/', true)).toBe(false);
    expect(isAllowedSender('about:blank', true)).toBe(false);
    expect(isAllowedSender('file:///home/user/index.html', true)).toBe(false);
    expect(isAllowedSender('https://example.com/', true)).toBe(false);
    expect(isAllowedSender('app://print/0000', true)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('keeps the main frame inside the app', () => {
    expect(isAllowedNavigation('app://backdesk/settings')).toBe(true);
    for (const url of [
      ...lookalikes,
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('isAllowedFrameNavigation', () => {
  it('allows previews the app made and nothing else', () => {
    expect(isAllowedFrameNavigation('about:srcdoc')).toBe(true);
    expect(isAllowedFrameNavigation('about:blank')).toBe(true);
    expect(isAllowedFrameNavigation('blob:app://backdesk/4b1e-77')).toBe(true);
    expect(isAllowedFrameNavigation('app://backdesk/preview')).toBe(true);
    expect(isAllowedFrameNavigation('blob:https://evil.com/4b1e-77')).toBe(false);
    expect(isAllowedFrameNavigation('blob:app://backdesk.evil.com/x')).toBe(false);
    expect(isAllowedFrameNavigation('https://example.com/')).toBe(false);
    expect(isAllowedFrameNavigation('javascript:alert(1)')).toBe(false);
    expect(isAllowedFrameNavigation('data:text/html,hi')).toBe(false);
    expect(isAllowedFrameNavigation('about:blank#x')).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com/',
    'https://example.com/path?q=1',
    'mailto:office@example.com',
    'tel:+15551234567',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://example.com/',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' https://example.com/',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://backdesk/',
    'https://user:pw@example.com/',
    'https://example.com@evil.com/',
    'mailto:',
    'tel:',
    '//example.com',
    'example.com',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets only the app and local data through', () => {
    expect(isAllowedRequestUrl('app://backdesk/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://backdesk/1234')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://127.0.0.1:5317/',
      'ws://localhost:1234/',
      'wss://example.com/',
      'ftp://example.com/',
      'file:///etc/passwd',
      'blob:https://example.com/1234',
      'app://backdesk.evil.com/x',
      'app://print/1234',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('resolveContained (re-exported for the protocol handler)', () => {
  const root = path.resolve('/opt/backdesk/renderer');
  it('never leaves root', () => {
    for (const request of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%5c..%5cetc',
      '\\..\\..\\etc',
      '/a/../../..',
    ]) {
      const resolved = resolveContained(root, request);
      expect(resolved, request).not.toBeNull();
      expect(path.relative(root, resolved!).startsWith('..'), request).toBe(false);
    }
    expect(resolveContained(root, '/%zz')).toBeNull();
  });
});
