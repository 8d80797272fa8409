import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  contract,
  EVENT_CHANNELS,
  events,
  INVOKE_CHANNELS,
} from './contract';

describe('IPC contract', () => {
  it('declares exactly the channels in the channel list', () => {
    expect(Object.keys(contract).sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_CHANNELS].sort());
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length);
  });

  it('names channels domain:action so they read the same everywhere', () => {
    for (const name of [...INVOKE_CHANNELS, ...EVENT_CHANNELS])
      expect(name).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('accepts bytes only as a Uint8Array', () => {
    const put = contract['attachments:put'].request;
    expect(put.safeParse({ bytes: new Uint8Array([1, 2]) }).success).toBe(true);
    // Node's Buffer is a Uint8Array subclass; main hands those back.
    class Subclass extends Uint8Array {}
    expect(put.safeParse({ bytes: new Subclass(1) }).success).toBe(true);
    expect(put.safeParse({ bytes: [1, 2] }).success).toBe(false);
    expect(put.safeParse({ bytes: 'aGVsbG8=' }).success).toBe(false);
    expect(ATTACHMENT_MAX_BYTES).toBe(25 * 1024 * 1024);
  });

  it('refuses attachment ids that are not content hashes (no path can ride in)', () => {
    const get = contract['attachments:get'].request;
    expect(get.safeParse({ id: 'a'.repeat(64) }).success).toBe(true);
    expect(get.safeParse({ id: '../../etc/passwd' }).success).toBe(false);
    expect(get.safeParse({ id: 'A'.repeat(64) }).success).toBe(false);
    expect(get.safeParse({ id: 'a'.repeat(63) }).success).toBe(false);
  });

  it('keeps folders out of suggested file names and odd characters out of dialog filters', () => {
    const save = contract['files:save'].request;
    const base = { bytes: new Uint8Array(), mimeType: 'text/csv' };
    expect(save.safeParse({ ...base, suggestedName: 'items.csv' }).success).toBe(true);
    expect(save.safeParse({ ...base, suggestedName: '../items.csv' }).success).toBe(false);
    expect(save.safeParse({ ...base, suggestedName: 'C:\\items.csv' }).success).toBe(false);
    expect(save.safeParse({ ...base, suggestedName: '' }).success).toBe(false);
    const pick = contract['files:pick'].request;
    expect(pick.safeParse(undefined).success).toBe(true);
    expect(pick.safeParse({ filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }] }).success).toBe(
      true,
    );
    expect(pick.safeParse({ filters: [{ name: 'CSV', extensions: ['csv;rm -rf'] }] }).success).toBe(
      false,
    );
  });

  it('describes print requests and outcomes', () => {
    const req = contract['print:pdf'].request;
    expect(req.safeParse({ html: '<p>x</p>', title: 'Memo', pageSize: 'A4' }).success).toBe(true);
    expect(req.safeParse({ html: '<p>x</p>', title: 'Memo', pageSize: 'A3' }).success).toBe(false);
    const out = contract['print:pdf'].response;
    expect(out.safeParse({ status: 'saved', path: '/tmp/a.pdf' }).success).toBe(true);
    expect(out.safeParse({ status: 'failed' }).success).toBe(false);
    expect(out.safeParse({ status: 'exploded' }).success).toBe(false);
  });

  it('takes no request for app:info', () => {
    expect(contract['app:info'].request.safeParse(undefined).success).toBe(true);
    expect(contract['app:info'].request.safeParse({ sneaky: 1 }).success).toBe(false);
  });
});
