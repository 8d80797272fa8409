/** The dashboard screen as the shell routes to it (`#/dashboard`). */
export { default } from './components/DashboardPage';
