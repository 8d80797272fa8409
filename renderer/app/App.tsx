import { useAppState } from '../features/settings';
import { ToastHost } from '../ui/Toast';
import { FirstRun } from './FirstRun';
import { Shell } from './Shell';
import { useApplyTheme } from './theme';

export function App() {
  useApplyTheme();
  const appState = useAppState();
  // undefined while IndexedDB opens: render nothing rather than flash the welcome screen.
  if (appState === undefined) return null;
  return (
    <>
      {appState.firstRunDone ? <Shell /> : <FirstRun />}
      <ToastHost />
    </>
  );
}
