/**
 * Which backups to keep (issue 15.2): automatic backups rotate grandfather–father–son — the
 * newest of each of the last `keepDaily` days, `keepWeekly` weeks and `keepMonthly` months —
 * and the newest automatic backup is always kept, so rotation can never delete the only good
 * copy. Manual, pre-restore and pre-upgrade copies keep their newest few each. Pure: the
 * Electron folder and the browser store apply the same rule.
 */

export interface RotatableBackup {
  id: string;
  kind: 'auto' | 'manual' | 'pre-upgrade' | 'pre-restore';
  /** ISO instant. */
  createdAt: string;
}

export interface RotationSettings {
  keepDaily: number;
  keepWeekly: number;
  keepMonthly: number;
}

/** How many of the other kinds are kept, newest first. */
export const KEEP_OTHER: Record<Exclude<RotatableBackup['kind'], 'auto'>, number> = { manual: 10, 'pre-restore': 5, 'pre-upgrade': 3 };

function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

function monthOf(instant: string): string {
  return instant.slice(0, 7);
}

/** The Monday (UTC) of the instant's week, as a date: one key per week. */
function weekOf(instant: string): string {
  const d = new Date(`${dayOf(instant)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

function newestPer<T extends RotatableBackup>(sorted: T[], key: (instant: string) => string, limit: number, keep: Set<string>): void {
  const seen = new Set<string>();
  for (const b of sorted) {
    const k = key(b.createdAt);
    if (seen.has(k)) continue;
    if (seen.size >= limit) break;
    seen.add(k);
    keep.add(b.id);
  }
}

/** The ids to delete; never the newest automatic backup, never more than the rules allow. */
export function backupsToDelete<T extends RotatableBackup>(backups: readonly T[], settings: RotationSettings): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<string>();
  const auto = newestFirst.filter((b) => b.kind === 'auto');
  if (auto[0]) keep.add(auto[0].id);
  newestPer(auto, dayOf, Math.max(1, settings.keepDaily), keep);
  newestPer(auto, weekOf, settings.keepWeekly, keep);
  newestPer(auto, monthOf, settings.keepMonthly, keep);
  for (const [kind, n] of Object.entries(KEEP_OTHER)) {
    for (const b of newestFirst.filter((x) => x.kind === kind).slice(0, n)) keep.add(b.id);
  }
  return newestFirst.filter((b) => !keep.has(b.id)).map((b) => b.id);
}
