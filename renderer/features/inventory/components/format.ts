/** Money formatting with the company's currency and locale. */
import { useCallback } from 'react';
import { formatMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../../core/settingsHooks';

/** Stable while the currency and locale stay the same, so grids keep their cached index. */
export function useMoney(): (cents: number) => string {
  const { currency, locale } = useCompanyProfile();
  return useCallback((cents: number) => formatMoney(Math.round(cents), currency, locale), [currency, locale]);
}
