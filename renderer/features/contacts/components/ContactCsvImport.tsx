/** The CSV side of `#/contacts/import`: the shared import wizard with kind `contacts`. */
import { navigate } from '../../../core/router';
import { ImportWizard } from '../../import';
import { findContactRowDuplicates, importContactRows } from '../csvImport';

export function ContactCsvImport({ initialFile }: { initialFile?: { name: string; bytes: Uint8Array } }) {
  return (
    <ImportWizard
      kind="contacts"
      {...(initialFile ? { initialFile } : {})}
      title="Import contacts from a spreadsheet"
      commit={(records, ctx) => importContactRows(records, ctx)}
      findDuplicates={(records) => findContactRowDuplicates(records)}
      onDone={() => navigate('contacts')}
    />
  );
}
