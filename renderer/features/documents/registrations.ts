/** What documents contributes to the app's registries: erasing documents filed against erased records. */
import { registerLinkedRecordEraser } from '../../core/erasure';
import { DOCUMENT_WRITE_TABLES, eraseDocumentsLinkedToInTx } from './repository';

registerLinkedRecordEraser({
  name: 'documents',
  tables: DOCUMENT_WRITE_TABLES,
  erase: async (db, linkedTable, linkedIds) => {
    for (const id of linkedIds) await eraseDocumentsLinkedToInTx(db, linkedTable, id);
  },
});
