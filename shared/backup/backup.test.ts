import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { inspectBackup, isEncryptedBackup, readBackup, writeBackup, type BackupSnapshot } from './index';
import { sha256Hex } from '../encryption';

const hashOf = sha256Hex;

async function snapshot(): Promise<BackupSnapshot> {
  const pdf = strToU8('%PDF-1.4 receipt');
  return {
    schemaVersion: 10,
    createdAt: '2026-12-04T10:00:00.000Z',
    tables: {
      items: [
        { id: 'i1', name: 'Toner', quantityOnHand: 3 },
        { id: 'i2', name: 'Paper “A4”', quantityOnHand: 40 },
      ],
      stockMovements: [{ id: 'm1', itemId: 'i1', quantity: 3 }],
      settings: [{ id: 'companyProfile', value: { name: 'Harbor & Pine' } }],
      attachmentBlobs: [{ id: 'x', bytes: new Uint8Array([1, 2, 3]) }],
    },
    files: { [await hashOf(pdf)]: pdf },
  };
}

const required = () => ['items', 'stockMovements', 'settings'];

/** Rebuilds a zip from its entries after `change` edits them (the attacker's tool). */
function rezip(bytes: Uint8Array, change: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
}

async function refusal(bytes: Uint8Array, passphrase?: string): Promise<string> {
  const r = await readBackup(bytes, 10, passphrase, { requiredTables: required });
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

describe('backup file', () => {
  it('round-trips tables, bytes inside records and stored files', async () => {
    const s = await snapshot();
    const bytes = await writeBackup(s);
    const r = await readBackup(bytes, 10, undefined, { requiredTables: required });
    expect(r.ok && r.snapshot).toEqual(s);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['manifest.json'])) as { tables: Record<string, { count: number; sha256: string }>; app: string };
    expect(manifest.app).toBe('backdesk');
    expect(manifest.tables.items).toEqual({ count: 2, sha256: await hashOf(unzipSync(bytes)['tables/items.json']!) });
    const inspected = await inspectBackup(bytes, 10);
    expect(inspected.ok && inspected.manifest?.tables.stockMovements?.count).toBe(1);
  });

  it('encrypts the whole file with a passphrase and refuses without it or with a wrong one', async () => {
    const s = await snapshot();
    const bytes = await writeBackup(s, { passphrase: 'correct horse battery' });
    expect(isEncryptedBackup(bytes)).toBe(true);
    // Nothing inside is readable: no table name, no record text.
    const text = new TextDecoder('latin1').decode(bytes);
    expect(text).not.toContain('Toner');
    expect(text).not.toContain('manifest');
    expect(await refusal(bytes)).toMatch(/protected by a passphrase/);
    expect(await refusal(bytes, 'wrong horse')).toMatch(/passphrase does not open this backup/);
    const r = await readBackup(bytes, 10, 'correct horse battery', { requiredTables: required });
    expect(r.ok && r.snapshot.tables.items).toHaveLength(2);
    expect(await inspectBackup(bytes, 10)).toEqual({ ok: true, manifest: null, encrypted: true });
    const flipped = bytes.slice();
    flipped[flipped.length - 5]! ^= 1;
    expect(await refusal(flipped, 'correct horse battery')).toMatch(/passphrase does not open|altered/);
  });

  it('refuses empty, random, foreign and truncated files with sentences', async () => {
    expect(await refusal(new Uint8Array())).toMatch(/empty/);
    expect(await refusal(crypto.getRandomValues(new Uint8Array(4096)))).toMatch(/not a Backdesk backup/);
    expect(await refusal(strToU8('{"name":"budget","rows":[]}'))).toMatch(/not made by Backdesk/);
    expect(await refusal(zipSync({ 'word/document.xml': strToU8('<w/>') }))).toMatch(/no manifest/);
    expect(await refusal(zipSync({ 'manifest.json': strToU8('{"app":"other"}') }))).toMatch(/not made by Backdesk/);
    const good = await writeBackup(await snapshot());
    for (const cut of [10, Math.floor(good.length / 2), good.length - 30]) {
      expect(await refusal(good.slice(0, cut))).toMatch(/damaged or incomplete/);
    }
  });

  it('refuses a table or file that disagrees with the manifest, entries it does not name, and a newer schema', async () => {
    const good = await writeBackup(await snapshot());
    const tampered = rezip(good, (e) => {
      e['tables/items.json'] = strToU8(JSON.stringify([{ id: 'i1', name: 'Toner', quantityOnHand: 300 }, { id: 'i2', name: 'Paper', quantityOnHand: 40 }]));
    });
    expect(await refusal(tampered)).toMatch(/“items” does not match its checksum/);
    const slip = rezip(good, (e) => {
      e['../../evil.txt'] = strToU8('x');
    });
    expect(await refusal(slip)).toMatch(/does not name \(“\.\.\/\.\.\/evil\.txt”\)/);
    const missing = rezip(good, (e) => {
      delete e['tables/stockMovements.json'];
    });
    expect(await refusal(missing)).toMatch(/“stockMovements” is missing/);
    const badFile = rezip(good, (e) => {
      const name = Object.keys(e).find((n) => n.startsWith('files/'))!;
      e[name] = strToU8('%PDF-1.4 forged');
    });
    expect(await refusal(badFile)).toMatch(/attached file does not match/);
    // A manifest rewritten to hide a table: the table the schema requires is missing.
    const hidden = rezip(good, (e) => {
      const m = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as { tables: Record<string, unknown> };
      delete m.tables.settings;
      e['manifest.json'] = strToU8(JSON.stringify(m));
      delete e['tables/settings.json'];
    });
    expect(await refusal(hidden)).toMatch(/“settings” is missing/);
    const miscounted = rezip(good, (e) => {
      const m = JSON.parse(new TextDecoder().decode(e['manifest.json'])) as { tables: Record<string, { count: number }> };
      m.tables.items!.count = 5;
      e['manifest.json'] = strToU8(JSON.stringify(m));
    });
    expect(await refusal(miscounted)).toMatch(/“items” holds 2 records where its list of contents says 5/);
    const newer = await writeBackup({ ...(await snapshot()), schemaVersion: 11 });
    expect(await refusal(newer)).toMatch(/newer Backdesk \(data version 11\); this one reads up to version 10/);
  });

  it('still reads old JSON backups, but a missing or cut-short table is an error, not "empty"', async () => {
    const old = {
      format: 'backdesk-snapshot',
      schemaVersion: 9,
      exportedAt: '2026-11-01T09:00:00.000Z',
      tables: { items: [{ id: 'i1', name: 'Toner', bytes: { $bytes: 'AQID' } }], stockMovements: [], settings: [{ id: 'companyProfile' }] },
    };
    const r = await readBackup(strToU8(JSON.stringify(old)), 10, undefined, { requiredTables: required });
    expect(r.ok && r.snapshot.tables.items![0]).toEqual({ id: 'i1', name: 'Toner', bytes: new Uint8Array([1, 2, 3]) });
    expect(r.ok && r.snapshot.createdAt).toBe('2026-11-01T09:00:00.000Z');
    // The two attacks: `"tables": {}` and a file cut at a record boundary and re-closed.
    expect(await refusal(strToU8(JSON.stringify({ ...old, tables: {} })))).toMatch(/no tables at all/);
    const text = JSON.stringify(old);
    const cut = `${text.slice(0, text.indexOf('"stockMovements"') - 1)}}}`;
    expect(await refusal(strToU8(cut))).toMatch(/“stockMovements” is missing|2 tables/);
    expect(await refusal(strToU8(text.slice(0, 80)))).toMatch(/damaged or incomplete/);
  });
});
