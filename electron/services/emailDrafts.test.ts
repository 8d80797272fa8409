import { mkdtemp, readFile, readdir, rm, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PostalMime from 'postal-mime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildEml } from '../../shared/email/eml';
import { DRAFT_MAX_AGE_MS, EmailDraftFolder } from './emailDrafts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bd-drafts-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('email drafts on disk (issue 17.5)', () => {
  it('writes the draft under its subject, readable back as the same message', async () => {
    const eml = buildEml({ from: { email: 'office@harborlane.example' }, to: [{ name: 'Orders', email: 'orders@northwind.example' }], subject: 'PO-2026-0042 / December', text: 'Attached.', attachments: [{ filename: 'PO.pdf', contentType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }] });
    const folder = new EmailDraftFolder(path.join(dir, 'drafts'));
    const file = await folder.write('PO-2026-0042 / December', eml);
    expect(path.basename(file)).toBe('PO-2026-0042 _ December.eml');
    expect(path.relative(path.join(dir, 'drafts'), file).startsWith('..')).toBe(false);
    const mail = await PostalMime.parse(await readFile(file, 'utf8'));
    expect(mail.subject).toBe('PO-2026-0042 / December');
    expect(new Uint8Array(mail.attachments[0]!.content as ArrayBuffer)).toEqual(new Uint8Array([37, 80, 68, 70]));
    // Two drafts with one subject do not overwrite each other.
    const second = await folder.write('PO-2026-0042 / December', eml);
    expect(second).not.toBe(file);
  });

  it('clears drafts older than a week and keeps the young ones', async () => {
    let now = Date.now();
    const folder = new EmailDraftFolder(path.join(dir, 'drafts'), () => now);
    const old = await folder.write('Old', 'x');
    const week = DRAFT_MAX_AGE_MS / 1000;
    const past = new Date(Date.now() - (week + 60) * 1000);
    await utimes(old, past, past);
    now = Date.now();
    const young = await folder.write('Young', 'y');
    const left = await readdir(path.join(dir, 'drafts'), { recursive: true });
    expect(left.some((f) => f.endsWith('Old.eml'))).toBe(false);
    expect(left.some((f) => f.endsWith('Young.eml'))).toBe(true);
    expect(await readFile(young, 'utf8')).toBe('y');
  });
});
