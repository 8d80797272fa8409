/** The confidential part of the employee file (salary, birth date, emergency contact, home address, notes): hidden until shown on purpose. */
import { useState } from 'react';
import { formatMoney, parseMoney } from '../../../../shared/lib/money';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
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

export function ConfidentialFields({ employee }: { employee: Employee }) {
  const company = useCompanyProfile();
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
