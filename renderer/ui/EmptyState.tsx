import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

/** A clear empty state: what belongs here and what to do next. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  actions,
}: {
  icon?: LucideIcon;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section className="card empty-state" aria-label={title}>
      {Icon ? <Icon size={32} aria-hidden="true" /> : null}
      <h2>{title}</h2>
      {children}
      {actions ? <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>{actions}</div> : null}
    </section>
  );
}
