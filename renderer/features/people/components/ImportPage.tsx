/** Import employees (e.g. a Snipe-IT users export) through the shared import wizard. */
import { navigate } from '../../../core/router';
import { ImportWizard } from '../../import';
import { findEmployeeDuplicates, importEmployees } from '../repository';

export function ImportPage() {
  return (
    <ImportWizard
      kind="employees"
      title="Import employees"
      commit={(records, ctx) => importEmployees(records, ctx)}
      findDuplicates={(records) => findEmployeeDuplicates(records)}
      onDone={() => navigate('people')}
    />
  );
}
