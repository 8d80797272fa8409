/**
 * The documents feature's public surface: the register screen, live hooks and the repository
 * functions other features may call (for example to file a generated document).
 */
export { DocumentsPage, MAIL_MERGE, NEW_DOCUMENT, type DocumentsPageProps } from './components/DocumentsPage';
export { DocumentEditor, MemoEditor, type MemoEditorProps } from './components/MemoEditor';
export { useDocument, useDocuments } from './hooks';
export {
  addScannedDocument,
  DOCUMENT_WRITE_TABLES,
  createDocument,
  duplicateDocument,
  eraseDocumentsLinkedToInTx,
  getDocument,
  listDocuments,
  markDocumentPrinted,
  softDeleteDocument,
  updateDocument,
} from './repository';
