/**
 * Money and fiscal-year helpers bound to the company profile, for the budget and expenses
 * screens: one place that knows the currency, locale and fiscal start month.
 */
import { useMemo } from 'react';
import { useCompanyProfile } from '../../core/settingsHooks';
import {
  formatMoney,
  formatMoneyCompact,
  parseMoney,
  centsToDecimalString,
} from '../../../shared/lib/money';
import {
  fiscalYearOf,
  fiscalYearLabel,
  fiscalYearMonths,
  fiscalYearRange,
  today,
} from '../../../shared/lib/dates';

export interface MoneyTools {
  currency: string;
  locale: string;
  startMonth: number;
  /** The fiscal year containing today. */
  currentFiscalYear: number;
  format(cents: number): string;
  compact(cents: number): string;
  /** null when the text is not an amount. */
  parse(text: string): number | null;
  /** For inputs: "1234.50". */
  toInput(cents: number): string;
  yearLabel(fy: number): string;
  months(fy: number): string[];
  range(fy: number): { start: string; end: string };
  monthLabel(month: string, style?: 'short' | 'long'): string;
}

export function useMoney(): MoneyTools {
  const profile = useCompanyProfile();
  const { currency, locale, fiscalYearStartMonth: startMonth } = profile;
  return useMemo(() => {
    const monthFmt = {
      short: new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }),
      long: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
    return {
      currency,
      locale,
      startMonth,
      currentFiscalYear: fiscalYearOf(today(), startMonth),
      format: (c) => formatMoney(c, currency, locale),
      compact: (c) => formatMoneyCompact(c, currency, locale),
      parse: (t) => parseMoney(t, currency, locale),
      toInput: (c) => centsToDecimalString(c, currency),
      yearLabel: (fy) => `FY ${fiscalYearLabel(fy, startMonth)}`,
      months: (fy) => fiscalYearMonths(fy, startMonth),
      range: (fy) => fiscalYearRange(fy, startMonth),
      monthLabel: (m, style = 'short') => monthFmt[style].format(new Date(`${m}-01T00:00:00Z`)),
    };
  }, [currency, locale, startMonth]);
}
