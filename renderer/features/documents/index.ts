/**
 * The documents feature's public surface: live hooks and the repository functions other
 * features may call (for example to file a generated document). The screens are reached
 * through route.tsx only. Documents reads vendors, people, purchasing and recruiting through
 * their public entries (recipients.ts), so none of those may import documents.
 */
// Registers what documents contributes to shared registries (core/erasure.ts).
import './registrations';
export { MAIL_MERGE, NEW_DOCUMENT } from './components/targets';
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
