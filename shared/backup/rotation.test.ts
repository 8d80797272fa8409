import { describe, expect, it } from 'vitest';
import { backupsToDelete, type RotatableBackup } from './rotation';

function daily(days: number, from = Date.UTC(2026, 11, 4, 18)): RotatableBackup[] {
  return Array.from({ length: days }, (_, i) => ({ id: `auto-${i}`, kind: 'auto' as const, createdAt: new Date(from - i * 86_400_000).toISOString() }));
}

describe('backup rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly automatic backups out of a year of dailies', () => {
    const all = daily(400);
    const gone = new Set(backupsToDelete(all, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 }));
    const kept = all.filter((b) => !gone.has(b.id)).map((b) => b.createdAt.slice(0, 10));
    // The last 7 days, then the newest of earlier weeks and months.
    expect(kept.slice(0, 7)).toEqual(['2026-12-04', '2026-12-03', '2026-12-02', '2026-12-01', '2026-11-30', '2026-11-29', '2026-11-28']);
    expect(kept).toContain('2026-11-22'); // a Sunday: the newest of its week
    expect(kept).toContain('2026-10-31'); // the newest of October
    expect(kept).toContain('2026-01-31');
    expect(kept).not.toContain('2025-12-31'); // the 13th month back
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
  });

  it('never deletes the only or newest automatic backup, and keeps the newest few of the other kinds', () => {
    expect(backupsToDelete(daily(1), { keepDaily: 1, keepWeekly: 0, keepMonthly: 0 })).toEqual([]);
    const others: RotatableBackup[] = Array.from({ length: 8 }, (_, i) => ({ id: `pr-${i}`, kind: 'pre-restore', createdAt: `2026-12-0${(i % 4) + 1}T0${i}:00:00.000Z` }));
    const gone = backupsToDelete([...daily(2), ...others], { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    expect(gone).toHaveLength(3);
    expect(gone.every((id) => id.startsWith('pr-'))).toBe(true);
  });
});
