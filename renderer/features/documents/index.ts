/**
 * The documents feature's public surface: the register screen, live hooks and the repository
 * functions other features may call (for example to file a generated document).
 */
// Registers the documents' eraser for erasure requests (core/erasure.ts).
import './erasure';
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
