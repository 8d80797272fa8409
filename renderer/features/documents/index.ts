/**
 * The documents feature's public surface: the register screen, live hooks and the repository
 * functions other features may call (for example to file a generated document).
 */
// Registers what documents contributes to shared registries (core/erasure.ts).
import './registrations';
export { DocumentsPage, MAIL_MERGE, NEW_DOCUMENT, type DocumentsPageProps } from './components/DocumentsPage';
export { DocumentEditor, MemoEditor, type MemoEditorProps } from './components/MemoEditor';
export { useDocument, useDocuments } from './hooks';
export {
  addScannedDocument,
  createDocument,
  duplicateDocument,
  getDocument,
  listDocuments,
  markDocumentPrinted,
  softDeleteDocument,
  updateDocument,
} from './repository';
