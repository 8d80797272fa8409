/** The guest directory: sources registered by features, searched together, best first. */
import { describe, expect, it } from 'vitest';
import type { BackdeskDb } from '../db';
import { guestSources, guestSourceTables, registerGuestSource, searchGuests, type GuestMatch } from './guestDirectory';

const db = {} as BackdeskDb;
const people = (kind: GuestMatch['kind'], list: [string, string, string][]): GuestMatch[] => list.map(([id, name, email]) => ({ kind, id, name, email }));
const contacts = people('contact', [
  ['k1', 'Grace Kelly', 'grace@monaco.example'],
  ['k2', 'Ada Grace', 'ada@example.com'],
  ['k3', 'Bo Smith', 'grace.smith@example.com'],
]);
const candidates = people('candidate', [
  ['c1', 'Grace Hopper', 'grace@navy.example'],
  ['c2', 'Alan Turing', 'alan@example.com'],
]);
const fakeSource = (name: string, list: GuestMatch[]) => ({
  name,
  tables: name === 'test-candidates' ? (['candidates'] as const) : ([] as const),
  search: async (_db: BackdeskDb, text: string, limit: number) => list.filter((c) => `${c.name} ${c.email}`.toLowerCase().includes(text.trim().toLowerCase())).slice(0, limit),
});
registerGuestSource(fakeSource('test-contacts', contacts));
registerGuestSource(fakeSource('test-candidates', candidates));

describe('guest directory', () => {
  it('knows every source and the tables they read', () => {
    expect(guestSources().map((s) => s.name)).toEqual(expect.arrayContaining(['test-contacts', 'test-candidates']));
    expect(guestSourceTables()).toContain('candidates');
  });

  it('merges the sources: names starting with the text first, then a word of the name, then the rest, by name', async () => {
    expect((await searchGuests(db, 'Grace')).map((m) => [m.kind, m.name])).toEqual([
      ['candidate', 'Grace Hopper'],
      ['contact', 'Grace Kelly'],
      ['contact', 'Ada Grace'],
      ['contact', 'Bo Smith'],
    ]);
    expect(await searchGuests(db, 'grace', 2)).toHaveLength(2);
    expect(await searchGuests(db, '  ')).toEqual([]);
    // The same person from a source registered again (a hot reload) is listed once.
    registerGuestSource(fakeSource('test-contacts', [...contacts, contacts[0]!]));
    expect((await searchGuests(db, 'kelly')).map((m) => m.id)).toEqual(['k1']);
  });
});
