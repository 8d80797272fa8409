/** The confidential part of the employee file (salary, birth date, emergency contact, home address, notes): hidden until shown on purpose. */
import { useState } from 'react';
import { formatMoney, parseMoney } from '../../../../shared/lib/money';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfileState } from '../../../core/settingsHooks';
import { type CompanyProfile } from '../../../../shared/domain/settings';
import { EmployeeFields } from './EmployeeFields';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { updateEmployee } from '../repository';
import { type Employee } from '../index';

const CONFIDENTIAL_FIELDS = [
  'salary',
  'salaryPeriod',
  'birthDate',
  'emergencyContact',
  'homeAddress',
  'confidentialNotes',
] as const;

/**
 * Waits for the office profile: the salary is shown and read in the office currency, and a form
 * started with the default profile kept "$" after the office changed its currency (issue 16.9).
 */
export function ConfidentialFields({ employee }: { employee: Employee }) {
  const { profile, loaded } = useCompanyProfileState();
  if (!loaded) return null;
  return <ConfidentialForm key={`${profile.currency}|${profile.locale}`} employee={employee} company={profile} />;
}

function ConfidentialForm({ employee, company }: { employee: Employee; company: CompanyProfile }) {
  const toast = useToast((s) => s.show);
  const [v, setV] = useState({
    salary:
      employee.salaryCents !== undefined
        ? formatMoney(employee.salaryCents, company.currency, company.locale)
        : '',
    salaryPeriod: (employee.salaryPeriod ?? 'year') as string,
    birthDate: employee.birthDate ?? '',
    homeAddress: employee.homeAddress ?? '',
    emergencyContact: employee.emergencyContact ?? '',
    confidentialNotes: employee.confidentialNotes ?? '',
  });
  const { error, submit } = useSubmit(async () => {
    let salaryCents: number | undefined;
    if (v.salary.trim()) {
      const parsed = parseMoney(v.salary, company.currency, company.locale);
      if (parsed === null || parsed < 0)
        throw new Error('Enter the salary as an amount, like 52,000');
      salaryCents = parsed;
    }
    await updateEmployee(employee.id, {
      salaryCents,
      salaryPeriod:
        salaryCents !== undefined ? (v.salaryPeriod as Employee['salaryPeriod']) : undefined,
      birthDate: v.birthDate || undefined,
      homeAddress: v.homeAddress,
      emergencyContact: v.emergencyContact,
      confidentialNotes: v.confidentialNotes,
    });
    toast('Confidential details saved');
  });
  return (
    <form
      aria-label="Confidential details"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <EmployeeFields fields={CONFIDENTIAL_FIELDS} value={v} onChange={setV} />
      <FormError error={error} />
      <button type="submit" className="btn">
        Save confidential details
      </button>
    </form>
  );
}
