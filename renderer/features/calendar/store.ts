/**
 * The calendar screen's UI state (zustand): the day shown, the view, and the diaries ticked
 * in the picker. The view and the diaries are kept in localStorage, so the user comes back to
 * the same diaries; the day is not (a new session starts on today).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { DiaryKey } from '../../../shared/domain/calendar';
import type { CalendarViewName } from './components/calendarView';

interface CalendarUiState {
  /** 'YYYY-MM-DD' in the office zone; null = today. */
  date: string | null;
  view: CalendarViewName;
  /** Ticked diaries in the order they were ticked (the columns' order). */
  diaries: DiaryKey[];
  /** False until the picker has offered a first choice (the current user's diary). */
  diariesChosen: boolean;
  setDate(date: string | null): void;
  setView(view: CalendarViewName): void;
  setDiaries(diaries: DiaryKey[]): void;
  toggleDiary(key: DiaryKey, on: boolean): void;
}

export const useCalendarUi = create<CalendarUiState>()(
  persist(
    (set) => ({
      date: null,
      view: 'week',
      diaries: [],
      diariesChosen: false,
      setDate: (date) => set({ date }),
      setView: (view) => set({ view }),
      setDiaries: (diaries) => set({ diaries, diariesChosen: true }),
      toggleDiary: (key, on) =>
        set((s) => ({
          diariesChosen: true,
          diaries: on ? (s.diaries.includes(key) ? s.diaries : [...s.diaries, key]) : s.diaries.filter((d) => d !== key),
        })),
    }),
    {
      name: 'backdesk.calendar',
      version: 1,
      partialize: (s) => ({ view: s.view, diaries: s.diaries, diariesChosen: s.diariesChosen }),
    },
  ),
);
