import { hrefFor } from '../../../core/router';

const TABS = [
  { id: '', label: 'Pipeline' },
  { id: 'positions', label: 'Positions' },
  { id: 'dashboard', label: 'Dashboard' },
  { id: 'erasure', label: 'Due for erasure' },
  { id: 'import', label: 'Import' },
] as const;

export function RecruitingTabs({ current }: { current: string }) {
  return (
    <nav className="rec-tabs" aria-label="Recruiting sections">
      {TABS.map((t) => (
        <a key={t.id} href={t.id ? hrefFor('recruiting', t.id) : hrefFor('recruiting')} aria-current={current === t.id ? 'page' : undefined}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
