/** Import candidates from a spreadsheet through the shared import wizard. */
import { navigate } from '../../../core/router';
import { ImportWizard } from '../../import';
import { findCandidateDuplicates, importCandidates } from '../importCandidates';

export function ImportPage() {
  return (
    <ImportWizard
      kind="candidates"
      title="Import candidates"
      commit={(records, ctx) => importCandidates(records, ctx)}
      findDuplicates={(records) => findCandidateDuplicates(records)}
      onDone={() => navigate('recruiting')}
    />
  );
}
