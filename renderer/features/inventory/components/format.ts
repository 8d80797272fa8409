/** Money and quantity formatting with the company's currency and locale. */
import { formatMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../settings';

export function useMoney(): (cents: number) => string {
  const { currency, locale } = useCompanyProfile();
  return (cents) => formatMoney(Math.round(cents), currency, locale);
}
