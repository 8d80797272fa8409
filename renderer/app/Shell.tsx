import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { backUpNow } from '../features/settings';
import { onMenuCommand } from '../platform';
import { useToast } from '../ui/Toast';
import { CommandPalette, useCommandPaletteShortcut } from './CommandPalette';
import { ErrorBoundary } from './ErrorBoundary';
import { ModulePlaceholder } from './ModulePlaceholder';
import { moduleById, type ModuleId } from '../core/modules';
import { navigate, type Route, useRoute } from '../core/router';
import { Sidebar } from './Sidebar';
import { CallFormHost } from '../features/calls/components/CallFormHost';
import { BackupReminder } from './BackupReminder';
import { SyncStatusBar } from '../features/sync';
import { StartupNotices } from './StartupNotices';
import { errorMessage } from '../../shared/lib/errors';

type Screen = ComponentType<{ route: Route }>;

/**
 * Every feature that has screens exports its route component as the default export of
 * `features/<module>/route.tsx`; the shell finds them here and loads each on demand, so the
 * first screen paints without waiting for every feature and adding a module edits no shell file.
 */
const routeModules = import.meta.glob<{ default: Screen }>('../features/*/route.tsx');
/** Calendar reminders on every screen; loaded after the first paint through the calendar's public index. */
const ReminderWatcher = lazy(() => import('../features/calendar').then((m) => ({ default: m.ReminderWatcher })));

const SCREENS: Partial<Record<ModuleId, Screen>> = Object.fromEntries(
  Object.entries(routeModules).flatMap(([path, load]) => {
    const id = /features\/([^/]+)\/route\.tsx$/.exec(path)?.[1];
    return id && moduleById(id) ? [[id, lazy(load)]] : [];
  }),
);

export function Shell() {
  const route = useRoute();
  useCommandPaletteShortcut();
  useBackupMenu();
  const info = moduleById(route.module)!;
  const Screen = SCREENS[route.module];

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Sidebar current={route.module} />
      <main id="main" className="main" tabIndex={-1} aria-label={info.label}>
        <StartupNotices />
        <BackupReminder />
        <ErrorBoundary resetKey={route.module}>
          <Suspense fallback={<div className="page muted">Loading…</div>}>
            {Screen ? <Screen route={route} /> : <ModulePlaceholder module={info} />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <SyncStatusBar />
      <CommandPalette />
      <CallFormHost />
      <Suspense fallback={null}>
        <ReminderWatcher />
      </Suspense>
    </div>
  );
}

/** File ▸ Back up… and Restore… work from any screen. */
function useBackupMenu(): void {
  const showToast = useToast((s) => s.show);
  useEffect(() => {
    const offBackup = onMenuCommand('backup', () => {
      backUpNow().then(
        (saved) => saved && showToast('Backup saved'),
        (e: unknown) => showToast(`The backup failed: ${errorMessage(e)}`),
      );
    });
    const offRestore = onMenuCommand('restore', () => navigate('settings', 'restore'));
    return () => {
      offBackup();
      offRestore();
    };
  }, [showToast]);
}
