import { useRecordCounts } from '../core/stats';
import { EmptyState } from '../ui/EmptyState';
import type { ModuleInfo } from '../core/modules';

/** The honest screen of a module not built yet: what it will hold, and what is already stored. */
export function ModulePlaceholder({ module }: { module: ModuleInfo }) {
  const counts = useRecordCounts();
  const count = counts?.[module.id] ?? 0;
  return (
    <div className="page">
      <header className="page-header">
        <h1>{module.label}</h1>
      </header>
      <EmptyState icon={module.icon} title={`${module.label} is on its way`}>
        <p>{module.purpose}</p>
        {module.comingSoon?.length ? (
          <>
            <p>This module’s screens are being built. They will give you:</p>
            <ul>
              {module.comingSoon.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="muted">
          {count > 0
            ? `${count.toLocaleString()} ${count === 1 ? 'record is' : 'records are'} already kept safely for this module and can be found with Search (Ctrl+K).`
            : 'No records are stored for this module yet.'}
        </p>
      </EmptyState>
    </div>
  );
}
