/** An employee's everyday details (name, title, department, manager, contact), saved in one step. */
import { useState } from 'react';
import { navigate } from '../../../core/router';
import { useToast } from '../../../ui/Toast';
import { useEmployees } from '../hooks';
import { EmployeeFields } from './EmployeeFields';
import { FormError, useSubmit } from '../../../ui/FormDialog';
import { updateEmployee } from '../repository';
import { isArchived, type Employee } from '../index';

const DETAIL_FIELDS = [
  'name',
  'title',
  'department',
  'managerId',
  'startDate',
  'email',
  'phone',
  'extension',
] as const;

export function DetailsForm({ employee }: { employee: Employee }) {
  const employees = useEmployees();
  const toast = useToast((s) => s.show);
  const [v, setV] = useState({
    name: employee.name,
    email: employee.email ?? '',
    phone: employee.phone ?? '',
    extension: employee.extension ?? '',
    title: employee.title ?? '',
    department: employee.department ?? '',
    managerId: employee.managerId ?? '',
    startDate: employee.startDate ?? '',
  });
  const { error, submit } = useSubmit(async () => {
    await updateEmployee(employee.id, {
      ...v,
      managerId: v.managerId || undefined,
      startDate: v.startDate || undefined,
    });
    toast('Employee saved');
  });
  return (
    <form
      aria-label="Employee details"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <EmployeeFields
        fields={DETAIL_FIELDS}
        value={v}
        onChange={setV}
        managers={(employees ?? []).filter((e) => e.id !== employee.id && !isArchived(e))}
      />
      <FormError error={error} />
      <div className="ppl-actions">
        <button type="button" className="btn" onClick={() => navigate('people')}>
          Back to directory
        </button>
        <button type="submit" className="btn btn-primary">
          Save employee
        </button>
      </div>
    </form>
  );
}
