import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, PICKED_FILE_MAX_BYTES, SAVED_FILE_MAX_BYTES } from '../../../../shared/ipc/contract';
import { FileGrants } from '../../../services/files';
import { PICK_LIMITS, PickedFiles } from './pickedFiles';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'backdesk-picked-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('picked files', () => {
  it('reads a file picked as a backup past the import cap, and only that grant', async () => {
    const file = path.join(dir, 'Backdesk backup 2026-12-04.zip');
    await writeFile(file, new Uint8Array(3000).fill(7));
    // Small limits stand in for 100 MB (any picked file) and 1 GB (a backup).
    const picked = new PickedFiles(new FileGrants(), { default: 1000, backup: 5000 });
    const asImport = picked.grant(file, undefined);
    const asBackup = picked.grant(file, 'backup');
    await expect(picked.read(asImport)).rejects.toThrow(/Backdesk opens files of up to/);
    const read = await picked.read(asBackup);
    expect(read.bytes.byteLength).toBe(3000);
    expect(read.name).toBe('Backdesk backup 2026-12-04.zip');
    await writeFile(file, new Uint8Array(6000));
    await expect(picked.read(asBackup)).rejects.toThrow(/Backdesk opens files of up to/);
    await expect(picked.read('no-such-grant')).rejects.toThrow(/choose it again/);
  });

  it('uses the import cap by default and the backup size for backups; the contract takes only that purpose', () => {
    expect(PICK_LIMITS).toEqual({ default: PICKED_FILE_MAX_BYTES, backup: SAVED_FILE_MAX_BYTES });
    const picked = new PickedFiles(new FileGrants(), PICK_LIMITS, 2);
    const ids = ['a', 'b', 'c'].map((n) => picked.grant(path.join(dir, n), 'backup'));
    // Bounded: the oldest backup grant falls back to the ordinary cap.
    expect(ids.map((id) => picked.maxBytes(id))).toEqual([PICKED_FILE_MAX_BYTES, SAVED_FILE_MAX_BYTES, SAVED_FILE_MAX_BYTES]);
    const request = contract['files:pick'].request;
    expect(request.safeParse({ title: 'Restore', purpose: 'backup' }).success).toBe(true);
    expect(request.safeParse({ title: 'Import' }).success).toBe(true);
    expect(request.safeParse({ purpose: 'anything' }).success).toBe(false);
  });
});
