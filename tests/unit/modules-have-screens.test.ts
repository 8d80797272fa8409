import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../../renderer/core/modules';

// The shell shows ModulePlaceholder only for a module without `features/<id>/route.tsx`
// (renderer/app/Shell.tsx). Since the front desk (issue 14.6) every module has its screens, so
// nothing in the sidebar, on the Dashboard or in Ctrl+K leads to the placeholder.
describe('every module has a screen', () => {
  it.each(MODULES.map((m) => m.id))('%s has a route that renders screens', (id) => {
    const path = `renderer/features/${id}/route.tsx`;
    expect(existsSync(path), path).toBe(true);
    expect(readFileSync(path, 'utf8')).toMatch(/export default function|export \{ default \}/);
  });
});
