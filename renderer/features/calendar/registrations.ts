/** What the calendar contributes to the app's registries: erasing events written for erased records. */
import { registerLinkedRecordEraser } from '../../core/erasure';
import { EVENT_WRITE_TABLES, eraseEventsLinkedToInTx } from './repository';
// Trips in the traveller's diary (issue 13.8): the source registers itself.
import './tripSource';

registerLinkedRecordEraser({
  name: 'calendar',
  tables: EVENT_WRITE_TABLES,
  erase: (db, linkedTable, linkedIds) => eraseEventsLinkedToInTx(db, linkedTable, linkedIds),
});
