import { Building2, FilePlus2 } from 'lucide-react';
import { useState } from 'react';
import logoUrl from '../../assets/icons/backdesk.svg';
import { loadSampleOffice, startEmpty } from '../core/sampleLoader';
import { ProgressBar } from '../ui/ProgressBar';
import { errorMessage } from '../../shared/lib/errors';
import { FormError } from '../ui/FormDialog';
import { CompanyStep } from './CompanyStep';

/** The first screen on a new PC: start with nothing, or with a living sample office to explore. */
export function FirstRun() {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // "Start empty" asks for the company first (issue 16.14); the office starts once it is saved or skipped.
  const [askCompany, setAskCompany] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setProgress(0);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
      setProgress(null);
    }
  };

  if (askCompany) {
    return (
      <CompanyStep
        language={typeof navigator === 'undefined' ? undefined : navigator.language}
        onSkip={() => startEmpty()}
        onSaved={() => startEmpty()}
        onBack={() => setAskCompany(false)}
      />
    );
  }

  return (
    <main className="first-run">
      <section className="card" aria-labelledby="welcome-title">
        <img src={logoUrl} alt="" width={48} height={48} />
        <h1 id="welcome-title">Welcome to Backdesk</h1>
        <p>
          Backdesk runs your office’s back office from this PC: supplies and orders, equipment,
          budgets and expenses, hiring, staff records, diaries, calls, documents and errands.
          Everything is kept on this computer and works without the internet.
        </p>
        <div className="first-run-choices">
          <button
            type="button"
            className="choice"
            disabled={progress !== null}
            onClick={() => setAskCompany(true)}
          >
            <FilePlus2 size={20} aria-hidden="true" />
            <strong>Start empty</strong>
            <span className="muted">Set up your company and add your own records.</span>
          </button>
          <button
            type="button"
            className="choice"
            disabled={progress !== null}
            onClick={() => run(() => loadSampleOffice((f: number) => setProgress(f)))}
          >
            <Building2 size={20} aria-hidden="true" />
            <strong>Load sample office</strong>
            <span className="muted">
              Explore a small design studio with a year of supplies, spending, hiring and more.
            </span>
          </button>
        </div>
        {progress !== null ? (
          <div style={{ marginTop: 16 }}>
            <ProgressBar label="Setting up your office" value={progress} />
            <p className="muted" aria-live="polite">
              Setting up… {Math.round(progress * 100)}%
            </p>
          </div>
        ) : null}
        <FormError error={error} />
      </section>
    </main>
  );
}
