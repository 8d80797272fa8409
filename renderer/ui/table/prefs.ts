/** Per-table column choice, remembered in localStorage (zustand persist), keyed by grid id. */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface GridPrefs {
  hidden: Record<string, string[]>;
  setHidden: (gridId: string, columnIds: string[]) => void;
}

export const useGridPrefs = create<GridPrefs>()(
  persist(
    (set) => ({
      hidden: {},
      setHidden: (gridId, columnIds) => set((s) => ({ hidden: { ...s.hidden, [gridId]: columnIds } })),
    }),
    { name: 'backdesk.grid-columns', version: 1 },
  ),
);
