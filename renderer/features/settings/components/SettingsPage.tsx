/**
 * Settings: the company profile (letterhead, money, dates, fiscal year), appearance, and the
 * user's data. Profile fields are validated by the same zod schema the repository enforces.
 */
import { useState } from 'react';
import {
  type CompanyProfile,
  companyProfileSchema,
} from '../../../../shared/domain/settings';
import { formatDate } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import type { Route } from '../../../core/router';
import { type ThemeChoice, useThemeStore } from '../../../core/theme';
import { officePaper } from '../../../../shared/lib/paper';
import { CountryField, CurrencyField, LogoField, PaperSizeField, paperAfterCountryChange } from './companyFields';
import { Modal } from '../../../ui/Modal';
import { useToast } from '../../../ui/Toast';
import { saveCompanyProfile } from '../../../core/settings';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { CalendarSettingsSection } from './CalendarSettingsSection';
import { DataSection } from './DataSection';
import { EquipmentSettingsSection } from './EquipmentSettingsSection';
import { AuditLogPage } from './AuditLogPage';
import { BackupsPage } from './BackupsPage';
import { SecuritySection } from './SecuritySection';
import { StorageSection } from './StorageSection';
import { SectionTabs } from '../../../ui/SectionTabs';
import { ConflictsPage, SyncSettingsPage } from '../../sync';
import { errorMessage } from '../../../../shared/lib/errors';

const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2026, i, 1)),
);
const LOCALES = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'sv-SE', 'pl-PL', 'ja-JP'];

type Draft = Omit<CompanyProfile, 'fiscalYearStartMonth'> & { fiscalYearStartMonth: number };

/**
 * Asked before the office currency changes: nothing is converted, every stored amount keeps its
 * number and takes the new currency's sign (issue 16.9).
 */
function CurrencyChangeDialog({ from, to, locale, onKeep, onChange }: { from: string; to: string; locale: string; onKeep: () => void; onChange: () => void }) {
  const sample = 123456;
  let before = '';
  let after = '';
  try {
    before = formatMoney(sample, from, locale);
    after = formatMoney(sample, to, locale);
  } catch {
    before = `${from} 1,234.56`;
    after = `${to} 1,234.56`;
  }
  return (
    <Modal title={`Change the currency from ${from} to ${to}?`} onClose={onKeep} size="small">
      <p>
        Backdesk does not convert amounts. Every amount already entered — expenses, invoices, budgets, purchase orders,
        prices and salaries — keeps its number and is shown in {to}: <strong>{before}</strong> will read <strong>{after}</strong>.
      </p>
      <p>Change it only if the amounts were entered in {to}, or when the office starts over in {to}.</p>
      <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
        <button type="button" className="btn" onClick={onKeep} autoFocus>
          Keep {from}
        </button>
        <button type="button" className="btn btn-primary" onClick={onChange}>
          Change to {to}
        </button>
      </div>
    </Modal>
  );
}

function ProfileForm({ initial }: { initial: CompanyProfile }) {
  const [draft, setDraft] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [confirmCurrency, setConfirmCurrency] = useState<CompanyProfile | null>(null);
  // A paper picked on this form stays when the country changes; one that was only the
  // country's usual paper follows the new country.
  const [paperPicked, setPaperPicked] = useState(false);
  const showToast = useToast((s) => s.show);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const text = (key: 'name' | 'address' | 'phone' | 'email' | 'website' | 'taxId', label: string, wide = false) => (
    <label className={`field${wide ? ' wide' : ''}`}>
      <span>{label}</span>
      {key === 'address' ? (
        <textarea rows={3} value={draft.address ?? ''} onChange={(e) => set('address', e.target.value)} />
      ) : (
        <input value={draft[key] ?? ''} onChange={(e) => set(key, e.target.value)} />
      )}
      {errors[key] ? <span className="field-error">{errors[key]}</span> : null}
    </label>
  );

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const clean = Object.fromEntries(
      Object.entries(draft).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? undefined : v]),
    );
    const parsed = companyProfileSchema.safeParse(clean);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), i.message])),
      );
      return;
    }
    setErrors({});
    // Amounts are stored as numbers without a currency: a new currency relabels them all, so
    // the user confirms knowing that (issue 16.9).
    if (parsed.data.currency !== initial.currency) {
      setConfirmCurrency(parsed.data);
      return;
    }
    await store(parsed.data);
  };

  const store = async (profile: CompanyProfile) => {
    try {
      await saveCompanyProfile(profile);
      showToast('Company profile saved');
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  };

  let moneySample = '';
  let dateSample = '';
  try {
    moneySample = formatMoney(123456, draft.currency || 'USD', draft.locale || 'en-US');
    dateSample = formatDate('2026-11-22', draft.locale || 'en-US');
  } catch {
    moneySample = '—';
  }

  return (
    <>
    {confirmCurrency ? (
      <CurrencyChangeDialog
        from={initial.currency}
        to={confirmCurrency.currency}
        locale={confirmCurrency.locale}
        onKeep={() => {
          setConfirmCurrency(null);
          set('currency', initial.currency);
        }}
        onChange={() => {
          const profile = confirmCurrency;
          setConfirmCurrency(null);
          void store(profile);
        }}
      />
    ) : null}
    <form className="card" aria-labelledby="profile-title" onSubmit={save} noValidate>
      <h2 id="profile-title">Company profile</h2>
      <p className="muted">Printed on letterheads and used for money, dates and the fiscal year.</p>
      <div className="form-grid">
        {text('name', 'Company name')}
        {text('taxId', 'Tax id')}
        {text('address', 'Address', true)}
        {text('phone', 'Phone')}
        {text('email', 'Email')}
        {text('website', 'Website')}
        <LogoField value={draft.logoDataUrl} onChange={(url) => set('logoDataUrl', url)} error={errors.logoDataUrl} />
        <CurrencyField value={draft.currency} onChange={(c) => set('currency', c)} error={errors.currency} />
        <CountryField
          value={draft.country}
          onChange={(country) =>
            setDraft((d) => ({ ...d, country, paperSize: paperAfterCountryChange(d.paperSize, paperPicked, d.country, country) }))
          }
          error={errors.country}
        />
        <PaperSizeField
          value={officePaper(draft)}
          chosen={draft.paperSize !== undefined}
          country={draft.country}
          onChange={(paper) => {
            setPaperPicked(true);
            set('paperSize', paper);
          }}
        />
        <label className="field">
          <span>Language and region</span>
          <select value={draft.locale} onChange={(e) => set('locale', e.target.value)}>
            {[...new Set([draft.locale, ...LOCALES])].map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Fiscal year starts in</span>
          <select
            value={draft.fiscalYearStartMonth}
            onChange={(e) => set('fiscalYearStartMonth', Number(e.target.value))}
          >
            {MONTHS.map((m, i) => (
              <option key={m} value={i + 1}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <p className="muted wide" aria-live="polite">
          Money shows as {moneySample}; dates as {dateSample}.
        </p>
      </div>
      {errors.form ? <p className="error-box" role="alert">{errors.form}</p> : null}
      <div style={{ marginTop: 12 }}>
        <button type="submit" className="btn btn-primary">
          Save profile
        </button>
      </div>
    </form>
    </>
  );
}

function AppearanceSection() {
  const theme = useThemeStore((s) => s.theme);
  const setTheme = useThemeStore((s) => s.setTheme);
  const options: { value: ThemeChoice; label: string }[] = [
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
    { value: 'system', label: 'Same as the system' },
  ];
  return (
    <section className="card" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <fieldset style={{ border: 0, padding: 0, display: 'flex', gap: 16, marginTop: 8 }}>
        <legend className="sr-only">Theme</legend>
        {options.map((o) => (
          <label key={o.value} style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <input
              type="radio"
              name="theme"
              value={o.value}
              checked={theme === o.value}
              onChange={() => setTheme(o.value)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

const SETTINGS_TABS = [
  { id: '', label: 'General' },
  { id: 'backups', label: 'Backups' },
  { id: 'audit', label: 'Audit log' },
  { id: 'sync', label: 'Sync' },
  { id: 'conflicts', label: 'Conflicts' },
] as const;

/** Settings has pages of its own: the general page, Backups (`#/settings/backups`) and the Audit log. */
export default function SettingsPage({ route }: { route?: Route }) {
  const sub = route?.rest[0];
  if (sub === 'backups' || sub === 'audit' || sub === 'sync' || sub === 'conflicts') {
    return (
      <div className="page" style={{ display: 'grid', gap: 16 }}>
        <header className="page-header">
          <h1>Settings</h1>
        </header>
        <SectionTabs module="settings" tabs={SETTINGS_TABS} current={sub} label="Settings pages" />
        {sub === 'backups' ? <BackupsPage /> : sub === 'sync' ? <SyncSettingsPage /> : sub === 'conflicts' ? <ConflictsPage /> : <AuditLogPage />}
      </div>
    );
  }
  return <GeneralSettings route={route} />;
}

function GeneralSettings({ route }: { route?: Route }) {
  const { profile, loaded } = useCompanyProfileState();
  return (
    <div className="page" style={{ display: 'grid', gap: 16, maxWidth: 900 }}>
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <SectionTabs module="settings" tabs={SETTINGS_TABS} current="" label="Settings pages" />
      {loaded ? (
        <ProfileForm key={JSON.stringify(profile)} initial={profile} />
      ) : (
        <p className="muted">Loading…</p>
      )}
      <AppearanceSection />
      <EquipmentSettingsSection />
      <CalendarSettingsSection />
      <SecuritySection />
      <StorageSection />
      <DataSection askRestore={route?.rest[0] === 'restore'} />
    </div>
  );
}
