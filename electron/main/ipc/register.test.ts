import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/result';
import { registerIpc, sendEvent, type Handlers, type InvokeEventLike } from './register';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const appFrame: InvokeEventLike = { senderFrame: { url: 'app://backdesk/', parent: null } };
const hash = 'a'.repeat(64);

function setup(overrides: Partial<Handlers<InvokeEventLike>> = {}) {
  const bound = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => bound.set(channel, listener) };
  const unexpected = () => {
    throw new Error('not used in this test');
  };
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((c) => [c, vi.fn(unexpected)]),
  ) as unknown as Handlers<InvokeEventLike>;
  Object.assign(handlers, overrides);
  const log = vi.fn();
  registerIpc(ipcMain, handlers, { log });
  const call = (channel: string, event: InvokeEventLike, ...args: unknown[]) =>
    bound.get(channel)!(event, ...args);
  return { bound, handlers, call, log };
}

describe('registerIpc', () => {
  it('binds exactly the contract channels', () => {
    const extra = { 'debug:eval': vi.fn() } as unknown as Partial<Handlers<InvokeEventLike>>;
    const { bound } = setup(extra);
    expect([...bound.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(bound.has('debug:eval')).toBe(false);
  });

  it('passes a good call through and wraps the answer', async () => {
    const get = vi.fn(async () => ({ bytes: new Uint8Array([7]) }));
    const { call } = setup({ 'attachments:get': get });
    const result = await call('attachments:get', appFrame, { id: hash });
    expect(result).toEqual({ ok: true, value: { bytes: new Uint8Array([7]) } });
    expect(get).toHaveBeenCalledWith({ id: hash }, appFrame);
  });

  it('rejects foreign senders before looking at the payload', async () => {
    const get = vi.fn();
    const { call } = setup({ 'attachments:get': get });
    const senders: InvokeEventLike[] = [
      { senderFrame: { url: 'https://evil.com/', parent: null } },
      { senderFrame: { url: 'app://backdesk.evil.com/', parent: null } },
      { senderFrame: { url: 'app://backdesk/', parent: { url: 'app://backdesk/' } } },
      { senderFrame: { url: 'file:///tmp/x.html', parent: null } },
      { senderFrame: null },
    ];
    for (const event of senders) {
      const result = await call('attachments:get', event, { id: hash });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'forbidden',
          message: 'This request did not come from the Backdesk window.',
        },
      });
    }
    expect(get).not.toHaveBeenCalled();
  });

  it('answers a bad payload with a typed error and never calls the handler', async () => {
    const get = vi.fn();
    const { call } = setup({ 'attachments:get': get });
    for (const payload of [undefined, null, 'x', { id: '../../etc/passwd' }, { id: 42 }]) {
      const result = (await call('attachments:get', appFrame, payload)) as {
        ok: boolean;
        error: { code: string; message: string };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('invalid_request');
      expect(result.error.message).toMatch(/^The request for attachments:get is not valid/);
    }
    const extraArgs = (await call('attachments:get', appFrame, { id: hash }, 'more')) as {
      error: { code: string };
    };
    expect(extraArgs.error.code).toBe('invalid_request');
    expect(get).not.toHaveBeenCalled();
  });

  it('turns a thrown error into a typed error, keeping AppError codes', async () => {
    const { call, log } = setup({
      'attachments:put': () => {
        throw new AppError('too_large', 'Attachments can be up to 25 MB.');
      },
      'attachments:get': async () => {
        throw new Error('EIO: disk is sad');
      },
    });
    expect(await call('attachments:put', appFrame, { bytes: new Uint8Array(1) })).toEqual({
      ok: false,
      error: { code: 'too_large', message: 'Attachments can be up to 25 MB.' },
    });
    expect(await call('attachments:get', appFrame, { id: hash })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'EIO: disk is sad' },
    });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('refuses to send an answer that breaks the contract', async () => {
    const { call, log } = setup({
      'attachments:delete': async () => ({ deleted: 'yes' }) as never,
    });
    const result = (await call('attachments:delete', appFrame, { id: hash })) as {
      error: { code: string };
    };
    expect(result.error.code).toBe('internal');
    expect(log).toHaveBeenCalled();
  });

  it('accepts channels without a request', async () => {
    const info = {
      name: 'Backdesk',
      version: '0.1.0',
      platform: 'linux',
      packaged: false,
      versions: { electron: '40', chrome: '1', node: '20' },
    };
    const { call } = setup({ 'app:info': () => info });
    expect(await call('app:info', appFrame)).toEqual({ ok: true, value: info });
  });
});

describe('sendEvent', () => {
  it('sends the channel with no payload for menu events', () => {
    const target = { send: vi.fn() };
    sendEvent(target, 'menu:print');
    expect(target.send).toHaveBeenCalledWith('menu:print');
  });
});
