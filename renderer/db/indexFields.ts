/**
 * Derived index fields kept by the database itself, on every write path (repositories, bulk
 * imports, the sample office, restores): Dexie's `creating` / `updating` hooks set them on the
 * record being written, inside the same transaction. They exist only to be indexed:
 * - `phoneKeys` (multiEntry) on contacts, vendors, employees and candidates, and `phoneKey` on
 *   calls: E.164 numbers for caller lookup, read with the office's phone region;
 * - `emailKeys` (multiEntry) on contacts: lower-case addresses for duplicate checks;
 * - `openDue` on tasks: the due date (or '~' when undated) while the task is open, absent
 *   once done, so Today and Upcoming read a small index range among 50,000 tasks.
 * `rekeyPhoneIndex` rewrites the phone keys when the office's region changes.
 */
import Dexie from 'dexie';
import { phoneKeysOf } from '../../shared/contacts/phone';
import { openDueKey } from '../../shared/domain/tasks';
import type { Task } from '../../shared/domain/tasks';
import type { BackdeskDb } from './database';

type Obj = Record<string, unknown>;
type Derive = (record: Obj, region: string) => Obj;

const phonesOfContact = (r: Obj) => (Array.isArray(r.phones) ? (r.phones as { number?: string }[]).map((p) => p.number) : []);

const DERIVED: Record<string, { fields: readonly string[]; outputs: readonly string[]; derive: Derive }> = {
  contacts: {
    fields: ['phones', 'emails'],
    outputs: ['phoneKeys', 'emailKeys'],
    derive: (r, region) => ({
      phoneKeys: phoneKeysOf(phonesOfContact(r), region),
      emailKeys: [...new Set((Array.isArray(r.emails) ? (r.emails as string[]) : []).map((e) => e.trim().toLowerCase()))],
    }),
  },
  vendors: { fields: ['phone'], outputs: ['phoneKeys'], derive: (r, region) => ({ phoneKeys: phoneKeysOf([r.phone as string | undefined], region) }) },
  employees: { fields: ['phone'], outputs: ['phoneKeys'], derive: (r, region) => ({ phoneKeys: phoneKeysOf([r.phone as string | undefined], region) }) },
  candidates: { fields: ['phone'], outputs: ['phoneKeys'], derive: (r, region) => ({ phoneKeys: phoneKeysOf([r.phone as string | undefined], region) }) },
  calls: { fields: ['phone'], outputs: ['phoneKey'], derive: (r, region) => ({ phoneKey: phoneKeysOf([r.phone as string | undefined], region)[0] }) },
  tasks: {
    fields: ['status', 'due', 'deletedAt'],
    outputs: ['openDue'],
    derive: (r) => ({ openDue: openDueKey(r as unknown as Pick<Task, 'status' | 'due' | 'deletedAt'>) }),
  },
};

/** The tables whose records carry phone keys (re-keyed when the region changes). */
export const PHONE_KEYED_TABLES = ['contacts', 'vendors', 'employees', 'candidates', 'calls'] as const;

function assignDerived(target: Obj, derived: Obj): void {
  for (const [k, v] of Object.entries(derived)) {
    if (v === undefined) delete target[k];
    else target[k] = v;
  }
}

/** Installs the hooks on one connection (called by its constructor). */
export function installIndexFieldHooks(db: BackdeskDb): void {
  for (const [tableName, { fields, outputs, derive }] of Object.entries(DERIVED)) {
    const table = db.table<Obj, string>(tableName);
    table.hook('creating', (_key, obj) => {
      assignDerived(obj, derive(obj, db.phoneRegion));
    });
    table.hook('updating', (modifications, _key, obj) => {
      const mods = modifications as Obj;
      // A source field changed, or a derived one is being dropped: a `put` of a record parsed
      // by its zod schema (which strips the derived keys) diffs them away. A derived value set
      // on purpose (an upgrade keying with the office's region, a re-key) is kept.
      const touched = Object.entries(mods).some(
        ([path, value]) => fields.some((f) => path === f || path.startsWith(`${f}.`)) || (value === undefined && outputs.includes(path)),
      );
      if (!touched) return undefined;
      const merged = Dexie.deepClone(obj);
      for (const [path, value] of Object.entries(mods)) Dexie.setByKeyPath(merged, path, value);
      // An undefined value in the returned modifications deletes the field.
      return derive(merged, db.phoneRegion);
    });
  }
}

/**
 * Recomputes every phone key with the connection's current region, in one transaction
 * (Settings → Office, when the country changes). Returns how many records changed.
 */
export async function rekeyPhoneIndex(db: BackdeskDb): Promise<number> {
  let changed = 0;
  await db.transaction('rw', [...PHONE_KEYED_TABLES], async () => {
    for (const tableName of PHONE_KEYED_TABLES) {
      const { derive } = DERIVED[tableName]!;
      const rows = (await db.table(tableName).toArray()) as Obj[];
      const updates: Obj[] = [];
      for (const row of rows) {
        const derived = derive(row, db.phoneRegion);
        if (JSON.stringify(Object.keys(derived).map((k) => row[k])) === JSON.stringify(Object.values(derived))) continue;
        const next = { ...row };
        assignDerived(next, derived);
        updates.push(next);
      }
      if (updates.length) await db.table(tableName).bulkPut(updates);
      changed += updates.length;
    }
  });
  return changed;
}
