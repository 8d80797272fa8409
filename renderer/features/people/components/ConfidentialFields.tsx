/** The confidential part of the employee file (salary, birth date, emergency contact, home address, notes): hidden until shown on purpose. */
import { useState } from 'react';
import { formatMoney, parseMoney } from '../../../../shared/lib/money';
import { useToast } from '../../../ui/Toast';
import { useCompanyProfile } from '../../../core/settingsHooks';
import { EmployeeFields } from './EmployeeFields';
import { FormError } from '../../../ui/FormDialog';
import { updateEmployee } from '../repository';
import { type Employee } from '../index';
import { errorMessage } from '../../../../shared/lib/errors';

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
  const [error, setError] = useState<string | null>(null);
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
  return (
    <form
      aria-label="Confidential details"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        let salaryCents: number | undefined;
        if (v.salary.trim()) {
          const parsed = parseMoney(v.salary, company.currency, company.locale);
          if (parsed === null || parsed < 0) {
            setError('Enter the salary as an amount, like 52,000');
            return;
          }
          salaryCents = parsed;
        }
        updateEmployee(employee.id, {
          salaryCents,
          salaryPeriod:
            salaryCents !== undefined ? (v.salaryPeriod as Employee['salaryPeriod']) : undefined,
          birthDate: v.birthDate || undefined,
          homeAddress: v.homeAddress,
          emergencyContact: v.emergencyContact,
          confidentialNotes: v.confidentialNotes,
        })
          .then(() => toast('Confidential details saved'))
          .catch((err: unknown) => setError(errorMessage(err)));
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
