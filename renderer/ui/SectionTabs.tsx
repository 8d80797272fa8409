/**
 * The tabs between a module's screens (Budget: Dashboard, Plan, Categories): links to the
 * module's routes, the current one marked for screen readers and by style.
 */
import { hrefFor } from '../core/router';
import type { ModuleId } from '../core/modules';
import './ui.css';

export interface SectionTab {
  /** The route segment after the module ('' for the module's first screen). */
  id: string;
  label: string;
}

export function SectionTabs({
  module,
  tabs,
  current,
  label,
}: {
  module: ModuleId;
  tabs: readonly SectionTab[];
  current: string;
  /** The navigation's accessible name, e.g. "Budget screens". */
  label: string;
}) {
  return (
    <nav className="section-tabs" aria-label={label}>
      {tabs.map((t) => (
        <a
          key={t.id}
          href={t.id ? hrefFor(module, t.id) : hrefFor(module)}
          aria-current={current === t.id ? 'page' : undefined}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
