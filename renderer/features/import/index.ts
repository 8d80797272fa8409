/** Import wizard feature: a generic, kind-agnostic CSV import wizard used by other features. */
export type { ImportCommitContext, ImportCommitResult, ImportWizardProps } from './types';
export { ImportWizard } from './components/ImportWizard';
export type { ImportKind, ImportRecordMap } from '../../../shared/import';
