import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  type SessionLike,
  type WebContentsLike,
} from './security';

type Listener = (...args: unknown[]) => unknown;

function fakeSession() {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
    setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
    webRequest: { onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h) },
  };
  return { session: session as unknown as SessionLike, handlers };
}

function fakeContents() {
  const listeners: Record<string, Listener> = {};
  let openHandler: Listener = () => undefined;
  const contents = {
    setWindowOpenHandler: (h: Listener) => (openHandler = h),
    on: (name: string, h: Listener) => {
      listeners[name] = h;
      return contents;
    },
  };
  const event = (fields: Record<string, unknown>) => ({ ...fields, preventDefault: vi.fn() });
  return {
    contents: contents as unknown as WebContentsLike,
    open: (url: string) => openHandler({ url }),
    emit: (name: string, fields: Record<string, unknown>) => {
      const e = event(fields);
      listeners[name]?.(e);
      return e.preventDefault.mock.calls.length > 0;
    },
  };
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const callback = vi.fn();
    handlers.request!({}, 'media', callback, {});
    handlers.request!({}, 'notifications', callback, {});
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(handlers.check!({}, 'clipboard-read', 'app://backdesk', {})).toBe(false);
    expect(handlers.device!({})).toBe(false);
  });

  it('cancels every request that is not the app', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const decide = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest!({ url }, callback);
      return callback.mock.calls[0]![0];
    };
    expect(decide('app://backdesk/assets/a.js')).toEqual({ cancel: false });
    expect(decide('https://example.com/tracker.gif')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:8080/')).toEqual({ cancel: true });
    expect(decide('file:///etc/passwd')).toEqual({ cancel: true });
    expect(decide('app://backdesk.evil.com/')).toEqual({ cancel: true });
  });

  it('takes another rule for the print session', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session, (url) => url.startsWith('app://print/'));
    const callback = vi.fn();
    handlers.beforeRequest!({ url: 'app://backdesk/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('hardenWebContents', () => {
  it('denies every new window and hands only allowed links to the system', () => {
    const openExternal = vi.fn();
    const fake = fakeContents();
    hardenWebContents(fake.contents, openExternal);
    expect(fake.open('https://example.com/help')).toEqual({ action: 'deny' });
    expect(fake.open('mailto:office@example.com')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('app://backdesk/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([
      ['https://example.com/help'],
      ['mailto:office@example.com'],
    ]);
  });

  it('keeps the main frame on the app', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, vi.fn());
    expect(fake.emit('will-navigate', { url: 'app://backdesk/settings', isMainFrame: true })).toBe(
      false,
    );
    expect(fake.emit('will-navigate', { url: 'https://evil.com/', isMainFrame: true })).toBe(true);
    expect(fake.emit('will-navigate', { url: 'app://backdesk@evil/', isMainFrame: true })).toBe(
      true,
    );
    expect(fake.emit('will-navigate', { url: 'file:///etc/passwd', isMainFrame: true })).toBe(true);
    expect(fake.emit('will-redirect', { url: 'https://evil.com/', isMainFrame: true })).toBe(true);
  });

  it('keeps sub-frames on app-made content and blocks webviews', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, vi.fn());
    expect(fake.emit('will-frame-navigate', { url: 'about:srcdoc', isMainFrame: false })).toBe(
      false,
    );
    expect(fake.emit('will-frame-navigate', { url: 'https://evil.com/', isMainFrame: false })).toBe(
      true,
    );
    expect(fake.emit('will-redirect', { url: 'https://evil.com/', isMainFrame: false })).toBe(true);
    expect(fake.emit('will-attach-webview', {})).toBe(true);
  });
});
