/// <reference types="vite/client" />
// The renderer modules this test loads read window.backdesk; its type lives in a global declaration.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../renderer/platform/backdesk-global.d.ts" />
/**
 * The engine against a REAL CouchDB-protocol server (pouchdb-server --in-memory on 127.0.0.1):
 * two databases act as two PCs. No mock of the protocol anywhere.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../../renderer/features/inventory/registrations';
import { createItem, issueStock, receiveStock } from '../../renderer/features/inventory/repository';
import { vendorRepository } from '../../renderer/features/vendors/repository';
import { employeeRepository } from '../../renderer/features/people/repository';
import { openTestDb } from '../../renderer/db/testing';
import { addAttachment, getAttachmentBytes, setAttachmentBytesStoreForTests } from '../../renderer/db/attachments';
import type { BackdeskDb } from '../../renderer/db/database';
import { writeLocalSync } from '../../renderer/db/sync/device';
import { syncRound } from '../../renderer/db/sync/engine';
import { fetchHttp, type SyncHttp } from '../../renderer/db/sync/couchHttp';
import { listConflicts, resolveConflict, conflictFields } from '../../renderer/db/sync/conflicts';

let server: ChildProcess;
let base = '';
let dir = '';
let dbCount = 0;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'bd-couch-'));
  const port = await freePort();
  server = spawn(path.resolve('node_modules/.bin/pouchdb-server'), ['--in-memory', '--host', '127.0.0.1', '--port', String(port)], { cwd: dir, stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}, 30_000);

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

async function newOffice(): Promise<{ http: SyncHttp; url: string }> {
  const url = `${base}/office-${++dbCount}`;
  await fetch(url, { method: 'PUT' });
  return { http: fetchHttp(url), url };
}

async function pc(name: string, code: string): Promise<BackdeskDb> {
  const db = await openTestDb();
  await writeLocalSync({ enabled: true, deviceName: name, numberCode: code }, db);
  return db;
}

async function serverDocs(url: string): Promise<Record<string, unknown>[]> {
  const res = (await (await fetch(`${url}/_all_docs?include_docs=true`)).json()) as { rows: { doc: Record<string, unknown> }[] };
  return res.rows.map((r) => r.doc);
}

describe('sync engine with a real server', () => {
  it('two PCs converge; stock movements on both never conflict and on hand is the sum', async () => {
    const { http, url } = await newOffice();
    const a = await pc('Front desk', 'A');
    const b = await pc('Office manager', 'B');
    const vendor = await vendorRepository.create({ name: 'Northeast Office Supply' }, a);
    const item = await createItem({ name: 'Copy paper', unit: 'ream', openingQuantity: 10 }, a);
    await syncRound(a, http, 'Front desk', 50);
    const docs = await serverDocs(url);
    const itemDoc = docs.find((d) => d._id === `items:${item.id}`)!;
    expect(itemDoc.name).toBe('Copy paper');
    expect(itemDoc).not.toHaveProperty('quantityOnHand');
    expect(itemDoc.bd_device).toBe('Front desk');

    await syncRound(b, http, 'Office manager', 50);
    expect((await b.vendors.get(vendor.id))?.name).toBe('Northeast Office Supply');
    expect((await b.items.get(item.id))?.quantityOnHand).toBe(10);
    expect((await b.inventoryTotals.toArray()).length).toBeGreaterThan(0);

    // Both offline: A receives 5 and renames the item, B issues 3 of it.
    await receiveStock(item.id, 5, {}, a);
    await a.items.update(item.id, { name: 'Copy paper A4' });
    await issueStock(item.id, 3, {}, b);
    await syncRound(a, http, 'Front desk');
    await syncRound(b, http, 'Office manager');
    await syncRound(a, http, 'Front desk');
    expect((await a.items.get(item.id))?.quantityOnHand).toBe(12);
    expect((await b.items.get(item.id))?.quantityOnHand).toBe(12);
    expect((await b.items.get(item.id))?.name).toBe('Copy paper A4');
    expect(await a.stockMovements.count()).toBe(3);
    expect(await b.stockMovements.count()).toBe(3);
    expect(await listConflicts(a)).toEqual([]);
    expect(await listConflicts(b)).toEqual([]);
    expect(await a.syncOutbox.count()).toBe(0);
  });

  it('a same-record edit on both PCs: one deterministic winner everywhere, the loser kept, settled once for all', async () => {
    const { http, url } = await newOffice();
    const a = await pc('Front desk', 'A');
    const b = await pc('Office manager', 'B');
    const vendor = await vendorRepository.create({ name: 'Acme', phone: '555-0100' }, a);
    await syncRound(a, http, 'Front desk');
    await syncRound(b, http, 'Office manager');
    await vendorRepository.update(vendor.id, { name: 'Acme Ltd' }, a);
    await vendorRepository.update(vendor.id, { name: 'ACME Limited' }, b);
    await syncRound(a, http, 'Front desk');
    await syncRound(b, http, 'Office manager');
    await syncRound(a, http, 'Front desk');
    const nameA = (await a.vendors.get(vendor.id))!.name;
    const nameB = (await b.vendors.get(vendor.id))!.name;
    expect(nameA).toBe(nameB);
    const [ca] = await listConflicts(a);
    const [cb] = await listConflicts(b);
    expect(ca && cb).toBeTruthy();
    expect(ca!.loserRev).toBe(cb!.loserRev);
    const names = [ca!.winner.name, ca!.loser?.name].sort();
    expect(names).toEqual(['ACME Limited', 'Acme Ltd']);
    const nameRow = conflictFields(ca!).find((f) => f.field === 'name')!;
    expect(nameRow.differs).toBe(true);

    // Settled on A by taking the other version's name: B follows, the conflict leaves both.
    await resolveConflict(ca!.id, { ...ca!.winner, name: ca!.loser!.name }, a);
    expect(await listConflicts(a)).toEqual([]);
    await syncRound(a, http, 'Front desk');
    await syncRound(b, http, 'Office manager');
    const onServer = (await (await fetch(`${url}/vendors:${vendor.id}?conflicts=true`)).json()) as Record<string, unknown>;
    expect(onServer.name).toBe(ca!.loser!.name);
    expect(onServer).not.toHaveProperty('_conflicts');
    expect((await b.vendors.get(vendor.id))!.name).toBe(ca!.loser!.name);
    expect(await listConflicts(b)).toEqual([]);
    expect(await b.syncConflicts.count()).toBe(0);
  });

  it('a conflict settled by keeping the applied version as it is leaves every PC too', async () => {
    const { http } = await newOffice();
    const a = await pc('Front desk', 'A');
    const b = await pc('Office manager', 'B');
    const vendor = await vendorRepository.create({ name: 'Acme' }, a);
    await syncRound(a, http, 'Front desk');
    await syncRound(b, http, 'Office manager');
    await vendorRepository.update(vendor.id, { name: 'Acme Ltd' }, a);
    await vendorRepository.update(vendor.id, { name: 'ACME Limited' }, b);
    await syncRound(a, http, 'Front desk');
    await syncRound(b, http, 'Office manager');
    await syncRound(a, http, 'Front desk');
    const [ca] = await listConflicts(a);
    await resolveConflict(ca!.id, { ...ca!.winner }, a);
    await syncRound(a, http, 'Front desk');
    await syncRound(b, http, 'Office manager');
    expect(await listConflicts(b)).toEqual([]);
    expect((await b.vendors.get(vendor.id))!.name).toBe(ca!.winner.name);
  });

  it('never sends a confidential value in the clear: the record waits in the outbox', async () => {
    const { http, url } = await newOffice();
    const a = await pc('Front desk', 'A');
    const emp = await employeeRepository.create({ name: 'Dana Whitfield', salaryCents: 6_500_000 } as never, a);
    const r = await syncRound(a, http, 'Front desk');
    expect(r.held).toBe(1);
    const docs = await serverDocs(url);
    expect(docs.some((d) => d._id === `employees:${emp.id}`)).toBe(false);
    expect(JSON.stringify(docs)).not.toContain('6500000');
    expect(await a.syncOutbox.where('docId').equals(`employees:${emp.id}`).count()).toBe(1);
  });

  it("a file attached on one PC opens on the other: its bytes travel once, as a document of their own", async () => {
    setAttachmentBytesStoreForTests(null);
    const { http, url } = await newOffice();
    const a = await pc('Front desk', 'A');
    const b = await pc('Office manager', 'B');
    const vendor = await vendorRepository.create({ name: 'Acme' }, a);
    const bytes = new TextEncoder().encode('%PDF-1.4 a quote from Acme');
    const att = await addAttachment({ name: 'quote.pdf', mimeType: 'application/pdf', bytes, linkedTable: 'vendors', linkedId: vendor.id }, a);
    // The same file attached twice shares one blob document.
    await addAttachment({ name: 'quote copy.pdf', mimeType: 'application/pdf', bytes, linkedTable: 'vendors', linkedId: vendor.id }, a);
    await syncRound(a, http, 'Front desk');
    const blobs = (await serverDocs(url)).filter((d) => String(d._id).startsWith('blob:'));
    expect(blobs.map((d) => d._id)).toEqual([`blob:${att.hash}`]);
    await syncRound(b, http, 'Office manager');
    expect(new TextDecoder().decode(await getAttachmentBytes(att.id, b))).toBe('%PDF-1.4 a quote from Acme');
    setAttachmentBytesStoreForTests(undefined);
  });

  it('a push retried after a lost answer sends the same revision (no conflict with itself)', async () => {
    const { http } = await newOffice();
    const a = await pc('Front desk', 'A');
    await vendorRepository.create({ name: 'Acme' }, a);
    let dropped = false;
    const lossy: SyncHttp = async (req) => {
      const res = await http(req);
      if (req.path === '_bulk_docs' && !dropped) {
        dropped = true;
        return { status: 0, body: { error: 'unreachable', reason: 'connection reset' } };
      }
      return res;
    };
    await expect(syncRound(a, lossy, 'Front desk')).rejects.toThrow(/cannot be reached/);
    await syncRound(a, http, 'Front desk');
    await syncRound(a, http, 'Front desk');
    expect(await listConflicts(a)).toEqual([]);
    expect(await a.syncOutbox.count()).toBe(0);
  });
});
