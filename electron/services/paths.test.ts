import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveContained } from './paths';

const root = path.resolve('/srv/backdesk/renderer');

describe('resolveContained', () => {
  it('resolves ordinary paths inside root', () => {
    expect(resolveContained(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveContained(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveContained(root, '/')).toBe(root);
    expect(resolveContained(root, '')).toBe(root);
  });

  it('keeps ../ at the root instead of climbing out', () => {
    expect(resolveContained(root, '/../../etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveContained(root, '/assets/../../secret')).toBe(path.join(root, 'secret'));
  });

  it('treats encoded dots and slashes the same way', () => {
    expect(resolveContained(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(
      path.join(root, 'etc', 'passwd'),
    );
    expect(resolveContained(root, '/..%2f..%2fetc%2fpasswd')).toBe(
      path.join(root, 'etc', 'passwd'),
    );
    // Double encoding decodes once: the result is a literal (odd) file name inside root.
    expect(resolveContained(root, '/%252e%252e/x')).toBe(path.join(root, '%2e%2e', 'x'));
  });

  it('treats backslashes as separators', () => {
    expect(resolveContained(root, '/..\\..\\etc\\passwd')).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveContained(root, '%5c..%5c..%5cwindows')).toBe(path.join(root, 'windows'));
  });

  it('refuses undecodable paths and NUL bytes', () => {
    expect(resolveContained(root, '/%E0%A4%A')).toBeNull();
    expect(resolveContained(root, '/index.html%00.png')).toBeNull();
  });

  it('keeps an absolute path inside root', () => {
    expect(resolveContained(root, '/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('allows names that merely start with two dots', () => {
    expect(resolveContained(root, '/..hidden')).toBe(path.join(root, '..hidden'));
  });
});

describe('isInside', () => {
  it('is not fooled by a shared prefix', () => {
    expect(isInside('/data/app', '/data/app-evil/x')).toBe(false);
    expect(isInside('/data/app', '/data/app/x')).toBe(true);
    expect(isInside('/data/app', '/data/app')).toBe(true);
    expect(isInside('/data/app', '/data')).toBe(false);
    expect(isInside('/data/app', '/data/app/../other')).toBe(false);
  });
});
