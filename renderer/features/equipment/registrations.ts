/** What equipment contributes to the app's registries: the rebuild of its derived state, and what a supply is for. */
import { registerDerivedDataRebuilder } from '../../db/derived';
import { EQUIPMENT_DERIVED_TABLES, rebuildEquipmentDerived } from './derivedState';
import { registerItemPurposeReader } from '../inventory';
import { readEquipmentItemPurposes } from './consumables';

registerDerivedDataRebuilder({
  name: 'equipment',
  tables: EQUIPMENT_DERIVED_TABLES,
  rebuild: rebuildEquipmentDerived,
});

// The reorder list and the item page in Inventory say what a supply is for.
registerItemPurposeReader('equipment', readEquipmentItemPurposes);
