/** Office sync's screens (issue 18): Settings → Sync, Settings → Conflicts and the status bar. */
export { SyncSettingsPage } from './components/SyncSettingsPage';
export { ConflictsPage } from './components/ConflictsPage';
export { SyncStatusBar } from './components/SyncStatusBar';
