/**
 * react-big-calendar marks its day headers role="columnheader" without a role="row" around
 * them, and its all-day row role="row" with event buttons directly inside — structures a
 * screen reader cannot read as a table (issue 16.18: axe aria-required-parent and
 * aria-required-children on the Calendar). The grid is not a data table, so the broken table
 * roles are taken off; the headers stay buttons with their text, and events stay buttons.
 * Repaired again whenever the library re-renders (a MutationObserver on the calendar only).
 */
import { useEffect } from 'react';

export function repairCalendarAria(root: ParentNode): void {
  const TABLE = '[role="grid"], [role="table"], [role="treegrid"]';
  // Cells and headers outside a row, rows and row groups outside a table: the roles go.
  for (const el of root.querySelectorAll('[role="columnheader"], [role="rowheader"], [role="cell"], [role="gridcell"]')) {
    if (el.parentElement?.closest('[role="row"]')) continue;
    el.removeAttribute('role');
    el.removeAttribute('aria-sort');
  }
  for (const el of root.querySelectorAll('[role="row"], [role="rowgroup"]')) {
    if (el.parentElement?.closest(TABLE)) continue;
    el.removeAttribute('role');
  }
  // The scrolling hours of the day and week views take keyboard focus, so arrow keys and Page
  // Down scroll them even when no event is in view (axe scrollable-region-focusable).
  for (const el of root.querySelectorAll('.rbc-time-content')) {
    if (el.getAttribute('tabindex') === '0') continue;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', 'Hours of the day (scroll with the arrow keys)');
  }
}

/** Pass the calendar's container element (from a callback ref, so a later mount is seen). */
export function useCalendarAriaRepair(root: HTMLElement | null): void {
  useEffect(() => {
    if (!root) return;
    repairCalendarAria(root);
    const observer = new MutationObserver(() => repairCalendarAria(root));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'tabindex'] });
    return () => observer.disconnect();
  }, [root]);
}
