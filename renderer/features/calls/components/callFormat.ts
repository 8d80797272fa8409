/** Formatting shared by the call screens (local wall time, the office's locale). */
import { useCompanyProfile } from '../../../core/settingsHooks';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the value of an <input type="datetime-local"> (local wall time). */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as an ISO instant; '' when empty or unreadable. */
export function fromLocalInput(value: string): string {
  if (!value) return '';
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString();
}

function safeLocale(locale: string | undefined): string | undefined {
  try {
    return locale ? new Intl.Locale(locale).toString() : undefined;
  } catch {
    return undefined;
  }
}

export interface CallFormatters {
  time(iso: string): string;
  dayTime(iso: string): string;
  day(isoDate: string): string;
}

/** Time and day formatters in the office's locale. */
export function useCallFormat(): CallFormatters {
  const locale = safeLocale(useCompanyProfile().locale);
  return {
    time: (iso) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(iso)),
    dayTime: (iso) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    day: (d) => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`)),
  };
}
