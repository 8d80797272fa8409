/** Live reads the calendar screen uses: its settings, the diaries, the items of the days shown, the rooms. */
import { useMemo } from 'react';
import type { CalendarSettings, DiaryKey } from '../../../../shared/domain/calendar';
import { errorMessage } from '../../../../shared/lib/errors';
import type { DiaryItem } from '../../../core/diaries';
import { useDbQuery, useRepositoryList } from '../../../db/hooks';
import { getCalendarSettings } from '../calendarSettings';
import { listDiaries, listDiaryItems, type DiaryInfo } from '../diaryReads';
import { roomRepository } from '../rooms';

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** What the screen assumes until the stored settings are read. */
export const FALLBACK_SETTINGS: CalendarSettings = {
  officeTimeZone: browserZone(),
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:30',
  weekStartsOn: 1,
};

/** The calendar settings (undefined while loading; the fallback if they cannot be read). */
export function useCalendarSettings(): CalendarSettings | undefined {
  return useDbQuery(async (d) => {
    try {
      return await getCalendarSettings(d);
    } catch {
      return FALLBACK_SETTINGS;
    }
  }, []);
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; error: string };

/** Every diary that can be shown (undefined while loading). */
export function useDiaryList(): Loaded<DiaryInfo[]> | undefined {
  return useDbQuery(async (d): Promise<Loaded<DiaryInfo[]>> => {
    try {
      return { ok: true, value: await listDiaries(d) };
    } catch (e) {
      return { ok: false, error: errorMessage(e) };
    }
  }, []);
}

/**
 * The items of the shown diaries in [from, to). While a new range loads, the last result stays
 * (so the grid does not jump); `loading` says a newer one is on its way.
 */
export function useDiaryItems(from: string | null, to: string | null, diaries: readonly DiaryKey[], viewerId?: string): { items: DiaryItem[]; loading: boolean; error?: string } {
  const key = diaries.join(',');
  const result = useDbQuery(async (d): Promise<Loaded<DiaryItem[]> & { key: string }> => {
    const k = `${from}|${to}|${key}|${viewerId ?? ''}`;
    if (!from || !to || !key) return { ok: true, value: [], key: k };
    try {
      return { ok: true, value: await listDiaryItems(from, to, { diaries: key.split(',') as DiaryKey[], ...(viewerId ? { viewerId } : {}) }, d), key: k };
    } catch (e) {
      return { ok: false, error: errorMessage(e), key: k };
    }
  }, [from, to, key, viewerId]);
  // useLiveQuery keeps its last result while the query for new deps runs, so the grid keeps
  // the old items (no jump) until the new ones arrive; `loading` says so meanwhile.
  const wanted = `${from}|${to}|${key}|${viewerId ?? ''}`;
  return useMemo(() => {
    const loading = result === undefined || result.key !== wanted;
    if (!result) return { items: [], loading };
    if (!result.ok) return { items: [], loading, error: result.error };
    return { items: result.value, loading };
  }, [result, wanted]);
}

export const useRooms = () => useRepositoryList(roomRepository);
