/**
 * Small notes beside a staff member in People (issue 14.4: "open messages in their row"),
 * contributed by other modules without People importing them: the calls module registers
 * "2 messages · 1 over a day", tasks may register "3 tasks due".
 */
import type { BackdeskDb, TableName } from '../db';

export interface PersonBadge {
  /** Unique per source and person. */
  key: string;
  label: string;
  /** Longer text for the tooltip / accessible description. */
  description?: string;
  href: string;
  tone: 'info' | 'warning' | 'danger';
}

export interface PersonBadgeSource {
  name: string;
  tables: readonly TableName[];
  /** Badges per employee id (only employees that have some). */
  read(db: BackdeskDb, now: Date): Promise<Map<string, PersonBadge[]>>;
}

const sources = new Map<string, PersonBadgeSource>();

export function registerPersonBadgeSource(source: PersonBadgeSource): void {
  sources.set(source.name, source);
}

export function personBadgeSources(): PersonBadgeSource[] {
  return [...sources.values()];
}

/** Every source's badges merged per employee, in one read transaction. */
export async function readPersonBadges(db: BackdeskDb, now: Date = new Date()): Promise<Map<string, PersonBadge[]>> {
  const all = personBadgeSources();
  const out = new Map<string, PersonBadge[]>();
  // Every source's read starts synchronously, so a live query tracks them all.
  const maps = await Promise.all(all.map((s) => s.read(db, now)));
  for (const m of maps) {
    for (const [id, badges] of m) out.set(id, [...(out.get(id) ?? []), ...badges]);
  }
  return out;
}
