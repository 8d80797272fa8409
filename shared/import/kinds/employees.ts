/**
 * Kind 'employees' (issue 5 item 9). Directory exports such as Snipe-IT's users file split the
 * name into First Name and Last Name; they are joined when no single name column is mapped.
 */
import type { EmployeeImportDraft } from '../types';
import {
  nameField,
  personName,
  put,
  RowReader,
  startLine,
  type KindInput,
  type KindOutput,
} from './common';

export function mapEmployees(input: KindInput): KindOutput<EmployeeImportDraft> {
  const { table } = input;
  const errors: KindOutput<EmployeeImportDraft>['errors'] = [];
  const records: EmployeeImportDraft[] = [];
  const lines: number[] = [];
  const r = new RowReader('employees', input, errors);

  for (let i = 0; i < table.rows.length; i++) {
    const line = startLine(table, i);
    if (!r.begin(table.rows[i]!, line)) continue;

    const name = personName(r);
    const nameAt = nameField(r);
    if (name === '') r.fail(nameAt, 'The name is empty; every employee needs a name.');
    else if (nameAt) r.fits(nameAt, name, 120);

    const record: EmployeeImportDraft = { name };
    put(record, 'email', r.email('email'));
    put(record, 'title', r.optional('title', 120));
    put(record, 'department', r.optional('department', 80));
    put(record, 'startDate', r.date('startDate'));

    if (r.ok) {
      records.push(record);
      lines.push(line);
    }
  }
  return { records, lines, errors };
}
