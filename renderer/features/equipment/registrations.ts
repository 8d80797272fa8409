/** What equipment contributes to the app's registries: the rebuild of its derived state, what a supply is for, and its bookings and maintenance in the diaries. */
import { registerDerivedDataRebuilder } from '../../db/derived';
import { registerDiarySource } from '../../core/diaries';
import { EQUIPMENT_DERIVED_TABLES, rebuildEquipmentDerived } from './derivedState';
import { registerItemPurposeReader } from '../inventory';
import { readEquipmentItemPurposes } from './consumables';
import { bookingDiarySource, maintenanceDiarySource } from './diarySource';

registerDerivedDataRebuilder({
  name: 'equipment',
  tables: EQUIPMENT_DERIVED_TABLES,
  rebuild: rebuildEquipmentDerived,
});

// The reorder list and the item page in Inventory say what a supply is for.
registerItemPurposeReader('equipment', readEquipmentItemPurposes);

// Bookings (busy) and maintenance due (a reminder) in the item's and the booker's diaries.
registerDiarySource(bookingDiarySource);
registerDiarySource(maintenanceDiarySource);
