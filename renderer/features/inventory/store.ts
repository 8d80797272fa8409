/**
 * The items list's filters, kept in a store (not the URL: the router has no query strings) so
 * the dashboard can open the list already filtered to a category, vendor or "below minimum".
 */
import { create } from 'zustand';

export interface ItemsFilter {
  search: string;
  category: string;
  vendorId: string;
  belowMinimum: boolean;
}

interface ItemsFilterState extends ItemsFilter {
  set(patch: Partial<ItemsFilter>): void;
  reset(patch?: Partial<ItemsFilter>): void;
}

const EMPTY: ItemsFilter = { search: '', category: '', vendorId: '', belowMinimum: false };

export const useItemsFilter = create<ItemsFilterState>()((set) => ({
  ...EMPTY,
  set: (patch) => set(patch),
  reset: (patch = {}) => set({ ...EMPTY, ...patch }),
}));
