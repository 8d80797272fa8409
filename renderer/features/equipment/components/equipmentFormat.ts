/** Formatting shared by the register's screens: money and dates in the company's style, holders. */
import { useCallback, useMemo } from 'react';
import type { EquipmentHolder } from '../../../../shared/domain/equipmentLedger';
import { formatDate } from '../../../../shared/lib/dates';
import { formatMoney } from '../../../../shared/lib/money';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useEmployees } from '../../people';

/** Money in the company's currency and locale; stable while those stay the same. */
export function useEquipmentMoney(): (cents: number) => string {
  const { currency, locale } = useCompanyProfile();
  return useCallback((cents: number) => formatMoney(Math.round(cents), currency, locale), [currency, locale]);
}

/** A YYYY-MM-DD date in the company's locale ('' for none). */
export function useEquipmentDate(): (date: string | undefined) => string {
  const { locale } = useCompanyProfile();
  return useCallback((date: string | undefined) => (date ? formatDate(date, locale) : ''), [locale]);
}

/** Person names by id (People), for "who has it". */
export function usePersonNames(): Map<string, string> {
  const people = useEmployees();
  return useMemo(() => new Map((people ?? []).map((p) => [p.id, p.name])), [people]);
}

/** "Grace Hopper" or "Meeting room 2"; '' when the item is in. */
export function holderName(holder: EquipmentHolder | undefined, names: ReadonlyMap<string, string>): string {
  if (!holder) return '';
  if (holder.kind === 'place') return holder.place ?? 'A place';
  return (holder.personId && names.get(holder.personId)) || 'Someone no longer in People';
}
