/** The calendar's part of an erasure request: events written for the erased records. */
import { registerLinkedRecordEraser } from '../../core/erasure';
import { EVENT_WRITE_TABLES, eraseEventsLinkedToInTx } from './repository';

registerLinkedRecordEraser({
  name: 'calendar',
  tables: EVENT_WRITE_TABLES,
  erase: (db, linkedTable, linkedIds) => eraseEventsLinkedToInTx(db, linkedTable, linkedIds),
});
