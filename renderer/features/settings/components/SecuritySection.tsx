/**
 * Settings ▸ Security (issue 15.4/15.5): the office passphrase (set, change, remove), the
 * recovery key (shown once with Print it; a new one retires the old), the idle lock, the users
 * and their roles (at least one office manager), and "Remember on this PC" in the desktop app.
 * Only an office manager changes any of it; staff see who they are and can lock.
 */
import { useEffect, useState } from 'react';
import { Lock, Printer, ShieldCheck } from 'lucide-react';
import { defaultPageSize } from '../../../../shared/documents';
import { renderRecoveryKeyHtml } from '../../../../shared/documents/templates/recoveryKey';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, passphraseStrength } from '../../../../shared/encryption/keyring';
import { today } from '../../../../shared/lib/dates';
import { errorMessage } from '../../../../shared/lib/errors';
import { canManageSecurity, DEFAULT_IDLE_MINUTES, USER_ROLE_LABELS, USER_ROLES, useVaultStore, type OfficeUser, type UserRole } from '../../../core/vault';
import { useCompanyProfile } from '../../../core/settingsHooks';
import {
  IDLE_MINUTE_CHOICES,
  addOfficeUser,
  changeOfficePassphrase,
  forgetOnThisPc,
  lockVault,
  makeNewRecoveryKey,
  recallRememberedKey,
  rememberOnThisPc,
  removeOfficePassphrase,
  removeOfficeUser,
  setIdleMinutes,
  setOfficePassphrase,
  updateOfficeUser,
} from '../../../db/vaultKeys';
import { getPlatform } from '../../../platform';
import { FormDialog, FormError, useSubmit } from '../../../ui/FormDialog';
import { Modal } from '../../../ui/Modal';
import { SelectField } from '../../../ui/SelectField';
import { usePrintDocument } from '../../../ui/printing';
import { useToast } from '../../../ui/Toast';
import './security.css';

type Dialog = null | 'set' | 'change' | 'remove' | 'new-key' | { recoveryKey: string; note: string | null } | { rename: OfficeUser } | { removeUser: OfficeUser };

export function SecuritySection() {
  const status = useVaultStore((s) => s.status);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const manager = canManageSecurity(status);

  return (
    <section className="card security" aria-labelledby="security-title">
      <h2 id="security-title">Security</h2>
      {status.state === 'off' ? (
        <>
          <p className="muted">
            No office passphrase is set: Backdesk opens straight away for anyone at this PC, and confidential details
            (salaries, HR notes, medical notes, confidential documents) are hidden on screen but stored readable.
          </p>
          <p className="muted">
            With a passphrase the app opens locked, each person unlocks under their own name, only office managers see
            confidential details, and those details are stored encrypted.
          </p>
          <div className="security-actions">
            <button type="button" className="btn btn-primary" onClick={() => setDialog('set')}>
              <ShieldCheck size={14} aria-hidden="true" /> Set a passphrase…
            </button>
          </div>
        </>
      ) : status.state === 'unlocked' ? (
        <>
          <p>
            <strong>The office passphrase is on.</strong> You are <bdi>{status.user.name}</bdi> ({USER_ROLE_LABELS[status.user.role]}).
            Confidential details are stored encrypted.
          </p>
          <div className="security-actions">
            <button type="button" className="btn" onClick={() => void lockVault('manual')}>
              <Lock size={14} aria-hidden="true" /> Lock now <kbd>Ctrl L</kbd>
            </button>
            {manager ? (
              <>
                <button type="button" className="btn" onClick={() => setDialog('change')}>
                  Change passphrase…
                </button>
                <button type="button" className="btn" onClick={() => setDialog('new-key')}>
                  Make a new recovery key…
                </button>
                <button type="button" className="btn btn-danger" onClick={() => setDialog('remove')}>
                  Remove passphrase…
                </button>
              </>
            ) : null}
          </div>
          {manager ? (
            <>
              <IdleSetting />
              <UsersSetting me={status.user} onRename={(u) => setDialog({ rename: u })} onRemove={(u) => setDialog({ removeUser: u })} />
              {getPlatform().keychain ? <RememberSetting /> : null}
            </>
          ) : (
            <p className="muted">Only an office manager can change the passphrase, the users or the idle lock.</p>
          )}
        </>
      ) : null}

      {dialog === 'set' ? <SetPassphraseDialog onClose={close} onDone={(recoveryKey, note) => setDialog({ recoveryKey, note })} /> : null}
      {dialog === 'change' ? <ChangePassphraseDialog onClose={close} /> : null}
      {dialog === 'remove' ? <RemovePassphraseDialog onClose={close} /> : null}
      {dialog === 'new-key' ? <NewRecoveryKeyDialog onClose={close} onDone={(recoveryKey) => setDialog({ recoveryKey, note: null })} /> : null}
      {dialog && typeof dialog === 'object' && 'recoveryKey' in dialog ? <RecoveryKeyDialog recoveryKey={dialog.recoveryKey} note={dialog.note} onClose={close} /> : null}
      {dialog && typeof dialog === 'object' && 'rename' in dialog ? <RenameUserDialog user={dialog.rename} onClose={close} /> : null}
      {dialog && typeof dialog === 'object' && 'removeUser' in dialog ? <RemoveUserDialog user={dialog.removeUser} onClose={close} /> : null}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Passphrase

function StrengthHint({ passphrase }: { passphrase: string }) {
  if (!passphrase) return <p className="pass-strength muted">At least {MIN_PASSPHRASE_LENGTH} characters; a few unrelated words are easy to remember and hard to guess.</p>;
  const s = passphraseStrength(passphrase);
  return (
    <p className={`pass-strength pass-${s.level}`} aria-live="polite">
      {s.hint}
    </p>
  );
}

function NewPassphraseFields({
  passphrase,
  confirmation,
  onPassphrase,
  onConfirmation,
  label = 'Passphrase',
  autoFocus = false,
}: {
  passphrase: string;
  confirmation: string;
  onPassphrase: (v: string) => void;
  onConfirmation: (v: string) => void;
  label?: string;
  autoFocus?: boolean;
}) {
  return (
    <>
      <label className="field">
        <span>{label}</span>
        <input type="password" autoComplete="new-password" autoFocus={autoFocus} value={passphrase} onChange={(e) => onPassphrase(e.target.value)} />
      </label>
      <StrengthHint passphrase={passphrase} />
      <label className="field">
        <span>{label} again</span>
        <input type="password" autoComplete="new-password" value={confirmation} onChange={(e) => onConfirmation(e.target.value)} />
      </label>
    </>
  );
}

function SetPassphraseDialog({ onClose, onDone }: { onClose: () => void; onDone: (recoveryKey: string, note: string | null) => void }) {
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  return (
    <FormDialog
      title="Set the office passphrase"
      submitLabel="Set passphrase"
      size="medium"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        if (!name.trim()) throw new Error('Enter your name: you become the first office manager.');
        const problem = passphraseProblem(passphrase, confirmation);
        if (problem) throw new Error(problem);
        const result = await setOfficePassphrase({ passphrase, confirmation, managerName: name });
        onDone(result.recoveryKey, result.sealError);
      }}
    >
      <p className="muted">
        Everyone who uses Backdesk on this PC will need this passphrase to open it. You are added as the first office
        manager; add the others afterwards.
      </p>
      <label className="field">
        <span>Your name</span>
        <input autoFocus autoComplete="name" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <NewPassphraseFields passphrase={passphrase} confirmation={confirmation} onPassphrase={setPassphrase} onConfirmation={setConfirmation} />
      <p className="muted">Next you get a recovery key to print: it is the only way back in if the passphrase is forgotten.</p>
    </FormDialog>
  );
}

function ChangePassphraseDialog({ onClose }: { onClose: () => void }) {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const toast = useToast((s) => s.show);
  return (
    <FormDialog
      title="Change the office passphrase"
      submitLabel="Change passphrase"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        await changeOfficePassphrase({ current, passphrase, confirmation });
        toast('Passphrase changed');
        onClose();
      }}
    >
      <label className="field">
        <span>Current passphrase</span>
        <input type="password" autoComplete="current-password" autoFocus value={current} onChange={(e) => setCurrent(e.target.value)} />
      </label>
      <NewPassphraseFields label="New passphrase" passphrase={passphrase} confirmation={confirmation} onPassphrase={setPassphrase} onConfirmation={setConfirmation} />
      <p className="muted">The recovery key you printed keeps working.</p>
    </FormDialog>
  );
}

function RemovePassphraseDialog({ onClose }: { onClose: () => void }) {
  const [passphrase, setPassphrase] = useState('');
  const toast = useToast((s) => s.show);
  return (
    <FormDialog
      title="Remove the office passphrase?"
      submitLabel="Remove passphrase"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        if (!passphrase) throw new Error('Enter the passphrase.');
        const opened = await removeOfficePassphrase(passphrase);
        toast(`Passphrase removed; ${opened === 1 ? '1 confidential record is' : `${opened.toLocaleString()} confidential records are`} stored readable again`);
        onClose();
      }}
    >
      <p>
        Backdesk will open for anyone at this PC, confidential details will be stored readable again, the users are
        removed and the recovery key stops working.
      </p>
      <label className="field">
        <span>Passphrase</span>
        <input type="password" autoComplete="current-password" autoFocus value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </label>
    </FormDialog>
  );
}

function NewRecoveryKeyDialog({ onClose, onDone }: { onClose: () => void; onDone: (recoveryKey: string) => void }) {
  return (
    <FormDialog
      title="Make a new recovery key?"
      submitLabel="Make a new key"
      onClose={onClose}
      onSubmit={async () => onDone(await makeNewRecoveryKey())}
    >
      <p>The recovery key printed before stops working at once. Print the new one and destroy the old sheet.</p>
    </FormDialog>
  );
}

/** The recovery key, shown this once: Print it, and a tick before the dialog may close. */
function RecoveryKeyDialog({ recoveryKey, note, onClose }: { recoveryKey: string; note: string | null; onClose: () => void }) {
  const company = useCompanyProfile();
  const printDocument = usePrintDocument();
  const [kept, setKept] = useState(false);
  const [printError, setPrintError] = useState<string | null>(null);
  const print = async () => {
    setPrintError(null);
    const pageSize = defaultPageSize(company);
    const html = renderRecoveryKeyHtml({ recoveryKey, date: today(), pageSize }, company);
    await printDocument('print', { html, title: 'Backdesk recovery key', pageSize }, { what: 'The recovery key', onError: setPrintError });
  };
  return (
    <Modal title="Your recovery key" size="medium" onClose={() => kept && onClose()} className="recovery-dialog">
      <p>
        If the passphrase is ever forgotten, this key is the only way to open the office’s confidential details. It is shown
        only now: print it or write it down, and keep it somewhere safe away from this PC.
      </p>
      <div className="recovery-key" role="group" aria-label="Recovery key">
        {recoveryKey.split('-').map((g, i) => (
          <span key={i}>{g}</span>
        ))}
      </div>
      {note ? (
        <p className="error-box" role="alert">
          {note}
        </p>
      ) : null}
      <FormError error={printError} />
      <div className="security-actions">
        <button type="button" className="btn" onClick={() => void print()}>
          <Printer size={14} aria-hidden="true" /> Print it
        </button>
      </div>
      <label className="check security-check">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
        <span>I have printed or written it down</span>
      </label>
      <div className="actions">
        <button type="button" className="btn btn-primary" disabled={!kept} onClick={onClose}>
          Done
        </button>
      </div>
    </Modal>
  );
}

// ---------------------------------------------------------------------------------------------
// Idle lock, users, this PC

/** Runs a change picked from a control, keeping its refusal as a sentence under it. */
function useAction() {
  const [error, setError] = useState<string | null>(null);
  const run = async (change: () => Promise<unknown>) => {
    setError(null);
    try {
      await change();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { error, run };
}

function IdleSetting() {
  const minutes = useVaultStore((s) => s.idleMinutes);
  const idle = useAction();
  const choices: number[] = [...IDLE_MINUTE_CHOICES];
  if (minutes !== null && !choices.includes(minutes)) choices.push(minutes);
  return (
    <div className="security-block">
      <h3>Lock when nobody uses it</h3>
      <SelectField
        label="Lock after"
        className="field security-idle"
        value={minutes === null ? 'never' : String(minutes)}
        onChange={(v) => void idle.run(() => setIdleMinutes(v === 'never' ? null : Number(v)))}
      >
        {choices
          .sort((a, b) => a - b)
          .map((m) => (
            <option key={m} value={String(m)}>
              {m === 1 ? '1 minute' : `${m} minutes`}
              {m === DEFAULT_IDLE_MINUTES ? ' (suggested)' : ''}
            </option>
          ))}
        <option value="never">Never</option>
      </SelectField>
      <FormError error={idle.error} />
    </div>
  );
}

function UsersSetting({ me, onRename, onRemove }: { me: OfficeUser; onRename: (u: OfficeUser) => void; onRemove: (u: OfficeUser) => void }) {
  const users = useVaultStore((s) => s.users);
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('staff');
  const toast = useToast((s) => s.show);
  const add = useSubmit(async () => {
    const user = await addOfficeUser({ name, role });
    setName('');
    toast(`${user.name} can now unlock the office`);
  });
  const roleChange = useAction();
  return (
    <div className="security-block">
      <h3>Users</h3>
      <p className="muted">Each person chooses their name when unlocking; the audit log records who did what. Office managers see confidential details; staff do not.</p>
      <table className="security-users">
        <caption className="sr-only">Users who can unlock the office</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <bdi>{u.name}</bdi>
                {u.id === me.id ? <span className="muted"> (you)</span> : null}
              </th>
              <td>
                <SelectField
                  label={`Role of ${u.name}`}
                  className="field security-role"
                  value={u.role}
                  onChange={(v) => void roleChange.run(() => updateOfficeUser(u.id, { role: v as UserRole }))}
                >
                  {USER_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {USER_ROLE_LABELS[r]}
                    </option>
                  ))}
                </SelectField>
              </td>
              <td className="security-user-actions">
                <button type="button" className="btn" aria-label={`Rename ${u.name}`} onClick={() => onRename(u)}>
                  Rename
                </button>
                <button type="button" className="btn" aria-label={`Remove ${u.name}`} disabled={u.id === me.id} onClick={() => onRemove(u)}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FormError error={roleChange.error} />
      <form
        className="security-add"
        aria-label="Add a user"
        onSubmit={(e) => {
          e.preventDefault();
          void add.submit();
        }}
      >
        <label className="field">
          <span>New user’s name</span>
          <input maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <SelectField label="New user’s role" value={role} onChange={(v) => setRole(v as UserRole)}>
          {USER_ROLES.map((r) => (
            <option key={r} value={r}>
              {USER_ROLE_LABELS[r]}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="btn" disabled={add.busy}>
          Add user
        </button>
      </form>
      <FormError error={add.error} />
    </div>
  );
}

function RenameUserDialog({ user, onClose }: { user: OfficeUser; onClose: () => void }) {
  const [name, setName] = useState(user.name);
  return (
    <FormDialog
      title={`Rename ${user.name}`}
      submitLabel="Rename"
      noValidate
      onClose={onClose}
      onSubmit={async () => {
        await updateOfficeUser(user.id, { name });
        onClose();
      }}
    >
      <label className="field">
        <span>Name</span>
        <input autoFocus maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </FormDialog>
  );
}

function RemoveUserDialog({ user, onClose }: { user: OfficeUser; onClose: () => void }) {
  return (
    <FormDialog
      title={`Remove ${user.name}?`}
      submitLabel="Remove user"
      onClose={onClose}
      onSubmit={async () => {
        await removeOfficeUser(user.id);
        onClose();
      }}
    >
      <p>
        <bdi>{user.name}</bdi> will no longer be offered at unlock. Their entries in the audit log stay.
      </p>
    </FormDialog>
  );
}

function RememberSetting() {
  const [remembered, setRemembered] = useState<boolean | null>(null);
  const toast = useToast((s) => s.show);
  useEffect(() => {
    let live = true;
    void recallRememberedKey().then((k) => live && setRemembered(k !== null));
    return () => {
      live = false;
    };
  }, []);
  const toggle = useSubmit(async () => {
    if (remembered) {
      await forgetOnThisPc();
      setRemembered(false);
      toast('This PC no longer remembers the office');
    } else {
      await rememberOnThisPc();
      setRemembered(true);
      toast('This PC remembers the office');
    }
  });
  return (
    <div className="security-block">
      <h3>Remember on this PC</h3>
      <p className="muted">
        The lock screen then offers “Unlock on this PC” without the passphrase, for anyone signed in to this computer’s
        account. The key is kept encrypted by the operating system, never in Backdesk’s data or its backups. Use it only on
        a PC that only trusted people sign in to.
      </p>
      <div className="security-actions">
        <button type="button" className="btn" disabled={remembered === null || toggle.busy} onClick={() => void toggle.submit()}>
          {remembered ? 'Forget on this PC' : 'Remember on this PC'}
        </button>
      </div>
      <FormError error={toggle.error} />
    </div>
  );
}
