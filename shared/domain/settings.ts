/**
 * Settings are key/value records (`id` = the key). Two keys have schemas: the company
 * profile (letterhead, currency, locale, fiscal year) and the app state (first run).
 */
import { z } from 'zod';
import { isCurrencyCode } from '../lib/money';
import { baseRecordShape, emailSchema, instantSchema, optionalText, requiredText } from './common';

/**
 * Limits on a setting's value, whatever its key (issue 15.9): each text in it at most
 * 100,000 characters (a data: URL — the logo — 2,000,000), lists of at most 10,000 entries,
 * nested at most 20 deep. Each key's own schema (below, and in the features) checks the rest.
 */
export const SETTING_VALUE_LIMITS = { text: 100_000, dataUrl: 2_000_000, entries: 10_000, depth: 20 } as const;

/** Why a setting's value is out of bounds, or null when it is within them. */
export function settingValueProblem(value: unknown, depth = 0): string | null {
  const L = SETTING_VALUE_LIMITS;
  if (typeof value === 'string') {
    const max = value.startsWith('data:') ? L.dataUrl : L.text;
    return value.length > max ? `A setting is longer than ${max.toLocaleString('en-US')} characters` : null;
  }
  if (!value || typeof value !== 'object') return null;
  if (depth >= L.depth) return 'A setting is nested too deeply';
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length > L.entries) return `A setting has more than ${L.entries.toLocaleString('en-US')} entries`;
  for (const [k, v] of entries) {
    if (k.length > 200) return 'A setting has a name longer than 200 characters';
    const problem = settingValueProblem(v, depth + 1);
    if (problem) return problem;
  }
  return null;
}

export const settingSchema = z.object({
  ...baseRecordShape,
  value: z.unknown().superRefine((value, ctx) => {
    const problem = settingValueProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});
export type Setting = z.infer<typeof settingSchema>;

export const SETTING_KEYS = { companyProfile: 'companyProfile', appState: 'appState', equipmentRegister: 'equipmentRegister', calendar: 'calendar' } as const;

function isLocale(v: string): boolean {
  try {
    return Intl.getCanonicalLocales(v).length === 1;
  } catch {
    return false;
  }
}

export const companyProfileSchema = z.object({
  name: requiredText('Company name', 200),
  address: optionalText('Address', 1000),
  phone: optionalText('Phone', 40),
  email: emailSchema,
  website: optionalText('Website', 300),
  taxId: optionalText('Tax id', 60),
  /** A data: URL so the logo prints without any file access. */
  logoDataUrl: z
    .string()
    .max(2_000_000, 'The logo is too large (2 MB at most)')
    .refine((v) => /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,/.test(v), { error: 'The logo must be a PNG, JPEG, GIF, WebP or SVG image' })
    .optional(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrencyCode, { error: 'Enter a currency code like USD or EUR' }),
  locale: z.string().trim().refine(isLocale, { error: 'Enter a language tag like en-US or de-DE' }),
  /** ISO 3166 code of the office's country ('US', 'DE'); decides the paper when none is chosen. */
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Pick a country from the list')
    .optional(),
  /**
   * The paper every printout uses (issue 16.13); absent: the country's usual paper, else the
   * locale's (shared/lib/paper officePaper). One print may still ask for the other size.
   */
  paperSize: z.enum(['A4', 'Letter'], { error: 'Pick A4 or US Letter' }).optional(),
  fiscalYearStartMonth: z.number().int().min(1, 'Pick a month from 1 to 12').max(12, 'Pick a month from 1 to 12'),
});
export type CompanyProfile = z.infer<typeof companyProfileSchema>;

export const DEFAULT_COMPANY_PROFILE: CompanyProfile = {
  name: 'My office',
  currency: 'USD',
  locale: 'en-US',
  fiscalYearStartMonth: 1,
};

export const appStateSchema = z.object({
  firstRunDone: z.boolean().default(false),
  firstRunAt: instantSchema.optional(),
  /** How the first run ended: with the sample office or empty. */
  startedWith: z.enum(['sample', 'empty']).optional(),
});
export type AppState = z.infer<typeof appStateSchema>;
export const DEFAULT_APP_STATE: AppState = { firstRunDone: false };
