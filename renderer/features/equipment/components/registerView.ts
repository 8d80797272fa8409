/**
 * `#/equipment/status/<status>` is a route of its own, so the register page remounts when the
 * grid's Status filter changes the route. What else the user had set (the search, the other
 * column filters) is handed over to that next mount here, and only to it: coming back to the
 * register from anywhere else starts clear, as before.
 */
export interface RegisterView {
  search: string;
  /** Column id → filter value, without `status` (that one is the route). */
  filters: Record<string, string>;
}

const CLEAR: RegisterView = { search: '', filters: {} };
let carried: RegisterView | null = null;

/** Keeps `view` for the register's next mount (call just before navigating to another status). */
export function carryRegisterView(view: RegisterView): void {
  carried = view;
}

/** What the previous register handed over, or a clear view; pure, so it may run twice. */
export function carriedRegisterView(): RegisterView {
  return carried ?? CLEAR;
}

/** Forgets the hand-over once the new page has it. */
export function dropCarriedRegisterView(): void {
  carried = null;
}
