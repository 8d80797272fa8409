/** Words the documents screens show for stored values. */
import type { DocumentStatus } from '../../../../shared/domain';

export function statusLabel(status: DocumentStatus): string {
  return status === 'final' ? 'Final' : status === 'sent' ? 'Sent' : 'Draft';
}

/** A 'YYYY-MM-DD' day in the company's locale, e.g. '14 Mar 2026'; the raw text if unparseable. */
export function shortDate(date: string, locale: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const instant = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return new Intl.DateTimeFormat(locale || undefined, {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(instant);
  } catch {
    return date;
  }
}

/** An instant as local date and time in the company's locale. */
export function shortDateTime(iso: string, locale: string | null | undefined): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  try {
    return instant.toLocaleString(locale || undefined, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return instant.toLocaleString();
  }
}
