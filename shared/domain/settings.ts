/**
 * Settings are key/value records (`id` = the key). Two keys have schemas: the company
 * profile (letterhead, currency, locale, fiscal year) and the app state (first run).
 */
import { z } from 'zod';
import { isCurrencyCode } from '../lib/money';
import { baseRecordShape, emailSchema, instantSchema, optionalText, requiredText } from './common';

export const settingSchema = z.object({ ...baseRecordShape, value: z.unknown() });
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
