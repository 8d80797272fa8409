/**
 * The first-run company step (issue 16.14): after "Start empty", the office's name, address,
 * country, currency, paper and logo — saved into the same company profile Settings edits, so
 * letterheads, money and printouts are right from the first day. Skippable; keyboard-first
 * (the name has focus, Enter saves, Escape goes back).
 */
import { useState } from 'react';
import { companyProfileSchema, DEFAULT_COMPANY_PROFILE, type CompanyProfile } from '../../shared/domain/settings';
import { formatMoney } from '../../shared/lib/money';
import { officePaper, type PaperSize } from '../../shared/lib/paper';
import { saveCompanyProfile } from '../core/settings';
import {
  CountryField,
  CurrencyField,
  LogoField,
  PaperSizeField,
  currencyForCountry,
  guessCountry,
} from '../features/settings';
import { FormError } from '../ui/FormDialog';
import { errorMessage } from '../../shared/lib/errors';
import './companyStep.css';

/** The office's locale: the computer's language with the office's country ('en' + 'DE' → 'en-DE'). */
export function officeLocale(language: string | undefined, country: string | undefined): string {
  try {
    const base = new Intl.Locale(language || DEFAULT_COMPANY_PROFILE.locale);
    const tag = country ? `${base.language}-${country}` : base.toString();
    return Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_COMPANY_PROFILE.locale;
  } catch {
    return DEFAULT_COMPANY_PROFILE.locale;
  }
}

export interface CompanyStepProps {
  /** Saves nothing more and starts the empty office (the default profile, editable in Settings). */
  onSkip: () => Promise<void>;
  /** Starts the empty office once the profile is saved. */
  onSaved: () => Promise<void>;
  onBack: () => void;
  /** The computer's language (navigator.language). */
  language?: string;
}

export function CompanyStep({ onSkip, onSaved, onBack, language }: CompanyStepProps) {
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [country, setCountry] = useState<string | undefined>(() => guessCountry(language));
  const [currency, setCurrency] = useState(() => currencyForCountry(guessCountry(language)) ?? DEFAULT_COMPANY_PROFILE.currency);
  const [currencyPicked, setCurrencyPicked] = useState(false);
  const [paperSize, setPaperSize] = useState<PaperSize | undefined>(undefined);
  const [logoDataUrl, setLogoDataUrl] = useState<string | undefined>(undefined);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const paper = officePaper({ paperSize, country });
  const locale = officeLocale(language, country);
  let moneySample = '';
  try {
    moneySample = formatMoney(123456, currency, locale);
  } catch {
    moneySample = `${currency} 1,234.56`;
  }

  const chooseCountry = (code: string | undefined) => {
    setCountry(code);
    const usual = currencyForCountry(code);
    if (!currencyPicked && usual) setCurrency(usual);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setErrors({ form: errorMessage(e) });
      setBusy(false);
    }
  };

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const profile: Record<string, unknown> = {
      ...DEFAULT_COMPANY_PROFILE,
      name: name.trim(),
      address: address.trim() || undefined,
      country,
      currency,
      locale,
      paperSize: paper,
      logoDataUrl,
    };
    const parsed = companyProfileSchema.safeParse(profile);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'form'), i.message])));
      return;
    }
    setErrors({});
    void run(async () => {
      await saveCompanyProfile(parsed.data satisfies CompanyProfile);
      await onSaved();
    });
  };

  return (
    <main className="first-run">
      <form
        className="card company-step"
        aria-labelledby="company-step-title"
        onSubmit={save}
        noValidate
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !busy) {
            e.preventDefault();
            onBack();
          }
        }}
      >
        <h1 id="company-step-title">Your company</h1>
        <p className="muted">
          Printed on letterheads and orders, and used for money and paper. Everything here can be changed later in
          Settings.
        </p>
        <div className="form-grid">
          <label className="field wide">
            <span>Company name</span>
            <input
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                if (errors.name) setErrors(({ name: _gone, ...rest }) => rest);
              }}
              autoFocus
              autoComplete="organization"
              aria-invalid={errors.name ? true : undefined}
            />
            {errors.name ? <span className="field-error">{errors.name === 'Company name is required' ? 'Enter the company name, or skip this step' : errors.name}</span> : null}
          </label>
          <label className="field wide">
            <span>Address</span>
            <textarea rows={3} value={address} onChange={(e) => setAddress(e.target.value)} autoComplete="street-address" />
            {errors.address ? <span className="field-error">{errors.address}</span> : null}
          </label>
          <CountryField value={country} onChange={chooseCountry} error={errors.country} />
          <CurrencyField
            value={currency}
            onChange={(c) => {
              setCurrencyPicked(true);
              setCurrency(c);
            }}
            error={errors.currency}
          />
          <PaperSizeField value={paper} chosen={paperSize !== undefined} country={country} onChange={setPaperSize} />
          <LogoField value={logoDataUrl} onChange={setLogoDataUrl} error={errors.logoDataUrl} />
          <p className="muted wide" aria-live="polite">
            Money shows as {moneySample}.
          </p>
        </div>
        <FormError error={errors.form ?? null} />
        <div className="company-step-actions">
          <button type="button" className="btn" onClick={onBack} disabled={busy}>
            Back
          </button>
          <span className="spacer" />
          <button type="button" className="btn" onClick={() => void run(onSkip)} disabled={busy}>
            Skip for now
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            Save and start
          </button>
        </div>
      </form>
    </main>
  );
}
