// First, so every feature's registrations are in place before anything can need them.
import './registrations';
import { useEffect, useState } from 'react';
import { openAppDatabase } from '../db/startup';
import { startSyncOnLaunch } from '../db/sync';
import { recoverInterruptedImports } from '../db/importRecovery';
import { useAppState } from '../core/settingsHooks';
import { syncPhoneRegion } from '../core/settings';
import { ToastHost, useToast } from '../ui/Toast';
import { FirstRun } from './FirstRun';
import { LockGate } from './LockGate';
import { Shell } from './Shell';
import { useApplyTheme } from '../core/theme';
import { errorMessage } from '../../shared/lib/errors';

type Startup = { status: 'opening' } | { status: 'ready' } | { status: 'failed'; message: string };

/** Opens (and, after an update, upgrades with a backup first) the office database once. */
function useStartup(): Startup {
  const [state, setState] = useState<Startup>({ status: 'opening' });
  useEffect(() => {
    openAppDatabase()
      // A pre-upgrade copy that failed does not keep the office closed; it is said (issue 15.1).
      .then(({ warning }) => {
        if (warning) useToast.getState().show(warning);
        return syncPhoneRegion();
      })
      .then(() => recoverInterruptedImports()) // issue 15.3: roll back imports a crash left unfinished (never throws)
      // issue 18: this PC's number code is read before any screen, and the sync loop resumes when on
      .then(() => startSyncOnLaunch().catch(() => undefined))
      .then(
      () => setState({ status: 'ready' }),
      (e: unknown) => setState({ status: 'failed', message: errorMessage(e) }),
    );
  }, []);
  return state;
}

function Ready() {
  const appState = useAppState();
  // undefined while the first read is in flight: render nothing rather than flash the welcome screen.
  if (appState === undefined) return null;
  return appState.firstRunDone ? <Shell /> : <FirstRun />;
}

export function App() {
  useApplyTheme();
  const startup = useStartup();
  return (
    <>
      {startup.status === 'ready' ? (
        <LockGate>
          <Ready />
        </LockGate>
      ) : startup.status === 'failed' ? (
        <main className="first-run">
          <section className="card error-box" role="alert" aria-labelledby="startup-error">
            <h1 id="startup-error">Backdesk cannot open your office data</h1>
            <p>{startup.message}</p>
          </section>
        </main>
      ) : null}
      <ToastHost />
    </>
  );
}
