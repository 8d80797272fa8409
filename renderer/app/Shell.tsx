import { type ComponentType, lazy, Suspense } from 'react';
import { CommandPalette, useCommandPaletteShortcut } from './CommandPalette';
import { ErrorBoundary } from './ErrorBoundary';
import { ModulePlaceholder } from './ModulePlaceholder';
import { moduleById, type ModuleId } from './modules';
import { type Route, useRoute } from './router';
import { Sidebar } from './Sidebar';

type Screen = ComponentType<{ route: Route }>;

// Built modules load on demand so the first screen paints without waiting for every feature.
const SCREENS: Partial<Record<ModuleId, Screen>> = {
  dashboard: lazy(() => import('../features/dashboard/components/DashboardPage')),
  documents: lazy(() => import('../features/documents/components/DocumentsRoute')),
  settings: lazy(() => import('../features/settings/components/SettingsPage')),
};

export function Shell() {
  const route = useRoute();
  useCommandPaletteShortcut();
  const info = moduleById(route.module)!;
  const Screen = SCREENS[route.module];

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar current={route.module} />
      <main id="main" className="main" tabIndex={-1} aria-label={info.label}>
        <ErrorBoundary resetKey={route.module}>
          <Suspense fallback={<div className="page muted">Loading…</div>}>
            {Screen ? <Screen route={route} /> : <ModulePlaceholder module={info} />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <CommandPalette />
    </div>
  );
}
