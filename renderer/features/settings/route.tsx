/** The settings screen as the shell routes to it (`#/settings`). */
export { default } from './components/SettingsPage';
