/**
 * The lock (issue 15.4): with an office passphrase set, the app opens on this screen and mounts
 * nothing of the office (no shell, no palette, no call form, no reminders) until a user chooses
 * who they are and unlocks. While unlocked, it locks again after the chosen idle minutes (any
 * key, click, pointer move, wheel or touch counts as use) and on Ctrl+L. "Forgot the
 * passphrase?" takes the printed recovery key and sets a new passphrase.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { KeyRound, Lock } from 'lucide-react';
import logoUrl from '../../assets/icons/backdesk.svg';
import { errorMessage } from '../../shared/lib/errors';
import { passphraseProblem, passphraseStrength } from '../../shared/encryption/keyring';
import { useVaultStore, USER_ROLE_LABELS, type OfficeUser } from '../core/vault';
import { useCompanyProfile } from '../core/settingsHooks';
import { useDbQuery } from '../db/hooks';
import {
  checkRecoveryKey,
  lockVault,
  readVaultSetting,
  recallRememberedKey,
  reconcileVault,
  resetPassphraseWithRecoveryKey,
  unlockOnThisPc,
  unlockVault,
} from '../db/vaultKeys';
import { usePalette } from './CommandPalette';
import './lockGate.css';

const LAST_USER = 'backdesk.lockUser';

/** Keeps the in-memory vault in line with the stored setting (start, restore, another window). */
function useVaultSync(): string | null {
  const read = useDbQuery(
    async (db) => {
      try {
        return { setting: await readVaultSetting(db), error: null };
      } catch (e) {
        return { setting: null, error: errorMessage(e) };
      }
    },
    [],
  );
  useEffect(() => {
    if (read && !read.error) reconcileVault(read.setting);
    else if (read?.error) useVaultStore.setState({ loaded: true, status: { state: 'locked' }, key: null });
  }, [read]);
  return read?.error ?? null;
}

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'] as const;

/** Locks after `minutes` without use; checks every few seconds against the clock, so a sleeping PC locks on waking. */
function useIdleLock(minutes: number | null, active: boolean): void {
  useEffect(() => {
    if (!active || minutes === null) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= minutes * 60_000) void lockVault('idle');
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, touch, { capture: true, passive: true });
    const timer = window.setInterval(check, Math.min(15_000, minutes * 15_000));
    document.addEventListener('visibilitychange', check);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, touch, { capture: true });
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [minutes, active]);
}

/** Ctrl+L (⌘L) locks from anywhere while unlocked. */
function useLockShortcut(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        void lockVault('manual');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}

export function LockGate({ children }: { children: ReactNode }) {
  const damaged = useVaultSync();
  const loaded = useVaultStore((s) => s.loaded);
  const status = useVaultStore((s) => s.status);
  const idleMinutes = useVaultStore((s) => s.idleMinutes);
  const unlocked = status.state === 'unlocked';
  useIdleLock(idleMinutes, unlocked);
  useLockShortcut(unlocked);
  const locked = status.state === 'locked';
  useEffect(() => {
    // A palette open at the moment of locking must not reopen, with its query, after unlocking.
    if (locked) usePalette.getState().setOpen(false);
  }, [locked]);
  if (!loaded) return null;
  if (status.state === 'locked') return <LockScreen damaged={damaged} />;
  return <>{children}</>;
}

// ---------------------------------------------------------------------------------------------

function LockScreen({ damaged }: { damaged: string | null }) {
  const company = useCompanyProfile();
  const users = useVaultStore((s) => s.users);
  const reason = useVaultStore((s) => s.lockReason);
  const [mode, setMode] = useState<'unlock' | 'forgot'>('unlock');
  const [userId, setUserId] = useState<string>(() => {
    const last = localStorage.getItem(LAST_USER);
    return users.find((u) => u.id === last)?.id ?? users[0]?.id ?? '';
  });
  useEffect(() => {
    if (!users.some((u) => u.id === userId) && users[0]) setUserId(users[0].id);
  }, [users, userId]);
  const chosen = (id: string) => {
    setUserId(id);
    localStorage.setItem(LAST_USER, id);
  };

  return (
    <main className="lock-screen" aria-labelledby="lock-title">
      <section className="card lock-card">
        <div className="lock-brand">
          <img src={logoUrl} alt="" />
          <span>Backdesk</span>
        </div>
        <h1 id="lock-title">
          <Lock size={20} aria-hidden="true" /> {company?.name?.trim() || 'This office'} is locked
        </h1>
        {damaged ? (
          <p className="error-box" role="alert">
            {damaged}
          </p>
        ) : mode === 'unlock' ? (
          <UnlockForm users={users} userId={userId} onChoose={chosen} reason={reason} onForgot={() => setMode('forgot')} />
        ) : (
          <RecoveryForm users={users} userId={userId} onChoose={chosen} onBack={() => setMode('unlock')} />
        )}
      </section>
    </main>
  );
}

function UserChoice({ users, userId, onChoose }: { users: OfficeUser[]; userId: string; onChoose: (id: string) => void }) {
  return (
    <fieldset className="lock-users">
      <legend>Who is at the keyboard?</legend>
      <div className="lock-user-list">
        {users.map((u) => (
          <label key={u.id} className={`lock-user${u.id === userId ? ' chosen' : ''}`}>
            <input type="radio" name="lock-user" value={u.id} checked={u.id === userId} onChange={() => onChoose(u.id)} />
            <span className="lock-user-name">
              <bdi>{u.name}</bdi>
            </span>
            <span className="lock-user-role">{USER_ROLE_LABELS[u.role]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function UnlockForm({
  users,
  userId,
  onChoose,
  reason,
  onForgot,
}: {
  users: OfficeUser[];
  userId: string;
  onChoose: (id: string) => void;
  reason: string | null;
  onForgot: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [remembered, setRemembered] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
    let live = true;
    void recallRememberedKey().then((key) => live && setRemembered(key !== null));
    return () => {
      live = false;
    };
  }, []);

  const run = async (how: 'passphrase' | 'pc') => {
    setError(null);
    setBusy(true);
    try {
      if (how === 'pc') await unlockOnThisPc(userId);
      else await unlockVault(userId, passphrase);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
      // Keep the field focused with its text selected: typing again replaces it.
      requestAnimationFrame(() => {
        field.current?.focus();
        field.current?.select();
      });
    }
  };

  return (
    <form
      className="lock-form"
      aria-label="Unlock"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void run('passphrase');
      }}
    >
      {reason ? <p className="lock-reason">{reason}</p> : null}
      <UserChoice users={users} userId={userId} onChoose={onChoose} />
      <label className="field">
        <span>Passphrase</span>
        <input
          ref={field}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lock-error' : undefined}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      {error ? (
        <p id="lock-error" className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <div className="lock-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !userId}>
          {busy ? 'Unlocking…' : 'Unlock'}
        </button>
        {remembered ? (
          <button type="button" className="btn" disabled={busy || !userId} onClick={() => void run('pc')}>
            <KeyRound size={14} aria-hidden="true" /> Unlock on this PC
          </button>
        ) : null}
        <button type="button" className="btn btn-link lock-forgot" onClick={onForgot}>
          Forgot the passphrase?
        </button>
      </div>
    </form>
  );
}

function RecoveryForm({
  users,
  userId,
  onChoose,
  onBack,
}: {
  users: OfficeUser[];
  userId: string;
  onChoose: (id: string) => void;
  onBack: () => void;
}) {
  const [step, setStep] = useState<'key' | 'passphrase'>('key');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keyField = useRef<HTMLInputElement>(null);
  const passField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    (step === 'key' ? keyField : passField).current?.focus();
  }, [step]);

  const submit = async () => {
    setError(null);
    setBusy(true);
    try {
      if (step === 'key') {
        await checkRecoveryKey(recoveryKey);
        setStep('passphrase');
      } else {
        const problem = passphraseProblem(passphrase, confirmation);
        if (problem) throw new Error(problem);
        await resetPassphraseWithRecoveryKey({ userId, recoveryKey, passphrase, confirmation });
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const strength = passphrase ? passphraseStrength(passphrase) : null;

  return (
    <form
      className="lock-form"
      aria-label="Recover with the recovery key"
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit();
      }}
    >
      {step === 'key' ? (
        <>
          <p className="muted">
            Type the recovery key printed when the passphrase was set. Dashes, spaces and capitals do not matter.
          </p>
          <label className="field">
            <span>Recovery key</span>
            <input
              ref={keyField}
              className="lock-recovery-input"
              autoComplete="off"
              spellCheck={false}
              value={recoveryKey}
              onChange={(e) => setRecoveryKey(e.target.value)}
            />
          </label>
        </>
      ) : (
        <>
          <p className="lock-ok" role="status">
            The recovery key is right. Choose a new passphrase for the office.
          </p>
          <UserChoice users={users} userId={userId} onChoose={onChoose} />
          <label className="field">
            <span>New passphrase</span>
            <input ref={passField} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </label>
          {strength ? <p className={`pass-strength pass-${strength.level}`}>{strength.hint}</p> : null}
          <label className="field">
            <span>New passphrase again</span>
            <input type="password" autoComplete="new-password" value={confirmation} onChange={(e) => setConfirmation(e.target.value)} />
          </label>
        </>
      )}
      {error ? (
        <p className="error-box" role="alert">
          {error}
        </p>
      ) : null}
      <div className="lock-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {step === 'key' ? (busy ? 'Checking…' : 'Check the key') : busy ? 'Unlocking…' : 'Set passphrase and unlock'}
        </button>
        <button type="button" className="btn" onClick={onBack}>
          Back
        </button>
      </div>
    </form>
  );
}
