/** Small shared pieces of the contacts screens: the office's phone region, link labels. */
import { useMemo } from 'react';
import { formatPhone, regionOfLocale } from '../../../../shared/contacts/phone';
import type { Contact } from '../../../../shared/domain/contacts';
import { hrefFor } from '../../../core/router';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { useEmployees } from '../../people';
import { useCandidates } from '../../recruiting';
import { useVendors } from '../../vendors';

/** The office's phone region (ISO 3166 alpha-2) from its locale. */
export function usePhoneRegion(): string {
  const company = useCompanyProfile();
  return regionOfLocale(company.locale);
}

export function phoneText(number: string | undefined, region: string): string {
  return number ? formatPhone(number, region) : '';
}

export interface LinkTarget {
  label: string;
  name: string;
  href: string;
}

/** Names of the records contacts can be linked to, for the list and the form's pickers. */
export function useLinkNames() {
  const vendors = useVendors();
  const employees = useEmployees();
  const candidates = useCandidates();
  return useMemo(
    () => ({
      loaded: vendors !== undefined && employees !== undefined && candidates !== undefined,
      vendors: vendors ?? [],
      employees: employees ?? [],
      candidates: candidates ?? [],
      vendor: new Map((vendors ?? []).map((v) => [v.id, v.name])),
      employee: new Map((employees ?? []).map((e) => [e.id, e.name])),
      candidate: new Map((candidates ?? []).map((c) => [c.id, c.name])),
    }),
    [vendors, employees, candidates],
  );
}

export type LinkNames = ReturnType<typeof useLinkNames>;

/** What a contact is linked to: 'Vendor CleanRight', 'Staff Priya Shah', 'Candidate Bo Chan'. */
export function linkTargets(c: Contact, names: LinkNames): LinkTarget[] {
  const out: LinkTarget[] = [];
  if (c.vendorId) out.push({ label: 'Vendor', name: names.vendor.get(c.vendorId) ?? 'a deleted vendor', href: hrefFor('vendors', c.vendorId) });
  if (c.employeeId) out.push({ label: 'Staff', name: names.employee.get(c.employeeId) ?? 'a former record', href: hrefFor('people', c.employeeId) });
  if (c.candidateId) out.push({ label: 'Candidate', name: names.candidate.get(c.candidateId) ?? 'an erased candidate', href: hrefFor('recruiting', 'candidate', c.candidateId) });
  return out;
}
