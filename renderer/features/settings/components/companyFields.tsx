/**
 * Company fields shared by Settings ▸ Company profile and the first-run company step (issue
 * 16.14): the country, the paper every printout uses (issue 16.13) and the logo. Both screens
 * save into the same company profile setting (core/settings saveCompanyProfile).
 */
import { useId } from 'react';
import { PAPER_LABELS, paperForCountry, type PaperSize } from '../../../../shared/lib/paper';
import { getPlatform } from '../../../platform';

/** The countries offered, by ISO 3166 code; names come from Intl in the user's language. */
export const COUNTRY_CODES = [
  'AR', 'AT', 'AU', 'BE', 'BR', 'BZ', 'CA', 'CH', 'CL', 'CN', 'CO', 'CR', 'CZ', 'DE', 'DK', 'DO', 'EE', 'EG', 'ES',
  'FI', 'FR', 'GB', 'GR', 'GT', 'HK', 'HR', 'HU', 'ID', 'IE', 'IL', 'IN', 'IS', 'IT', 'JP', 'KE', 'KR', 'LT', 'LU',
  'LV', 'MA', 'MT', 'MX', 'MY', 'NG', 'NI', 'NL', 'NO', 'NZ', 'PA', 'PE', 'PH', 'PL', 'PR', 'PT', 'RO', 'RS', 'SA',
  'SE', 'SG', 'SI', 'SK', 'SV', 'TH', 'TR', 'TW', 'UA', 'AE', 'US', 'UY', 'VE', 'VN', 'ZA',
] as const;

/** The usual currency of a country (a suggestion on the first-run step; never a conversion). */
const COUNTRY_CURRENCY: Record<string, string> = {
  AR: 'ARS', AT: 'EUR', AU: 'AUD', BE: 'EUR', BR: 'BRL', BZ: 'BZD', CA: 'CAD', CH: 'CHF', CL: 'CLP', CN: 'CNY',
  CO: 'COP', CR: 'CRC', CZ: 'CZK', DE: 'EUR', DK: 'DKK', DO: 'DOP', EE: 'EUR', EG: 'EGP', ES: 'EUR', FI: 'EUR',
  FR: 'EUR', GB: 'GBP', GR: 'EUR', GT: 'GTQ', HK: 'HKD', HR: 'EUR', HU: 'HUF', ID: 'IDR', IE: 'EUR', IL: 'ILS',
  IN: 'INR', IS: 'ISK', IT: 'EUR', JP: 'JPY', KE: 'KES', KR: 'KRW', LT: 'EUR', LU: 'EUR', LV: 'EUR', MA: 'MAD',
  MT: 'EUR', MX: 'MXN', MY: 'MYR', NG: 'NGN', NI: 'NIO', NL: 'EUR', NO: 'NOK', NZ: 'NZD', PA: 'USD', PE: 'PEN',
  PH: 'PHP', PL: 'PLN', PR: 'USD', PT: 'EUR', RO: 'RON', RS: 'RSD', SA: 'SAR', SE: 'SEK', SG: 'SGD', SI: 'EUR',
  SK: 'EUR', SV: 'USD', TH: 'THB', TR: 'TRY', TW: 'TWD', UA: 'UAH', AE: 'AED', US: 'USD', UY: 'UYU', VE: 'VES',
  VN: 'VND', ZA: 'ZAR',
};

/** Currencies offered in menus (the office's own is always added). */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'JPY', 'INR', 'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'BRL', 'MXN', 'SGD', 'AED', 'PHP'];

export function currencyForCountry(code: string | null | undefined): string | undefined {
  return code ? COUNTRY_CURRENCY[code.toUpperCase()] : undefined;
}

export function countryName(code: string, language = 'en'): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries sorted by name, the office's own kept even when it is not in the list. */
function countryOptions(current: string | undefined): { code: string; name: string }[] {
  const codes = new Set<string>(COUNTRY_CODES);
  if (current) codes.add(current);
  return [...codes].map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The region of the computer's language ('en-GB' → 'GB'), the first guess at the office's country. */
export function guessCountry(language: string | undefined): string | undefined {
  try {
    const region = new Intl.Locale(language ?? '').region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

export function CountryField({
  value,
  onChange,
  error,
  allowNone = true,
}: {
  value: string | undefined;
  onChange: (code: string | undefined) => void;
  error?: string;
  allowNone?: boolean;
}) {
  return (
    <label className="field">
      <span>Country</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        {allowNone || !value ? <option value="">Not set</option> : null}
        {countryOptions(value).map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}

export function CurrencyField({ value, onChange, error }: { value: string; onChange: (code: string) => void; error?: string }) {
  return (
    <label className="field">
      <span>Currency</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {[...new Set([value, ...CURRENCIES])].map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      {error ? <span className="field-error">{error}</span> : null}
    </label>
  );
}

/**
 * The office's paper. `value` is the paper shown (chosen or derived); `country` explains a
 * derived one ('Usual in Germany').
 */
export function PaperSizeField({
  value,
  chosen,
  country,
  onChange,
}: {
  value: PaperSize;
  chosen: boolean;
  country: string | undefined;
  onChange: (paper: PaperSize) => void;
}) {
  const hint = chosen
    ? 'Every printout uses it; a print can still ask for the other size.'
    : country
      ? `Usual in ${countryName(country)}; every printout uses it.`
      : 'From the language and region; every printout uses it.';
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-paper`} className="field-caption">
        Paper size
      </label>
      <select id={`${id}-paper`} value={value} onChange={(e) => onChange(e.target.value as PaperSize)} aria-describedby={`${id}-hint`}>
        {(['A4', 'Letter'] as const).map((p) => (
          <option key={p} value={p}>
            {PAPER_LABELS[p]}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="muted" style={{ fontSize: 12, fontWeight: 400 }}>
        {hint}
      </span>
    </div>
  );
}

/**
 * The paper after the country changed: a paper the user picked on this form stays; one that was
 * only the old country's usual paper follows the new country.
 */
export function paperAfterCountryChange(
  paper: PaperSize | undefined,
  paperPicked: boolean,
  from: string | undefined,
  to: string | undefined,
): PaperSize | undefined {
  if (paperPicked || paper === undefined) return paper;
  if (from && paper !== paperForCountry(from)) return paper;
  return to ? paperForCountry(to) : paper;
}

function bytesToDataUrl(bytes: Uint8Array, mime: string): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${mime};base64,${btoa(binary)}`;
}

function mimeFor(name: string, type: string): string {
  if (type) return type;
  const ext = name.toLowerCase().split('.').pop();
  return ext === 'svg' ? 'image/svg+xml' : ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : 'image/png';
}

/** Asks for an image file and answers it as a data: URL (undefined when cancelled). */
export async function pickLogoDataUrl(): Promise<string | undefined> {
  const [file] = await getPlatform().pickFiles({
    title: 'Choose a logo',
    filters: [{ name: 'Images', extensions: ['png', 'jpg', 'jpeg', 'svg', 'gif', 'webp'] }],
  });
  return file ? bytesToDataUrl(file.bytes, mimeFor(file.name, file.type)) : undefined;
}

export function LogoField({ value, onChange, error }: { value: string | undefined; onChange: (dataUrl: string | undefined) => void; error?: string }) {
  return (
    <div className="field">
      <span id="logo-label">Logo</span>
      <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
        {value ? (
          <img src={value} alt="Company logo" style={{ maxHeight: 40, maxWidth: 120 }} />
        ) : (
          <span className="muted">No logo</span>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => void pickLogoDataUrl().then((url) => url && onChange(url))}
          aria-describedby="logo-label"
        >
          Choose logo…
        </button>
        {value ? (
          <button type="button" className="btn" onClick={() => onChange(undefined)}>
            Remove logo
          </button>
        ) : null}
      </div>
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
