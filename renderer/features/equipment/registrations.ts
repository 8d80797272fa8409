/** What equipment contributes to the app's registries: the rebuild of its derived state. */
import { registerDerivedDataRebuilder } from '../../db/derived';
import { EQUIPMENT_DERIVED_TABLES, rebuildEquipmentDerived } from './derivedState';

registerDerivedDataRebuilder({
  name: 'equipment',
  tables: EQUIPMENT_DERIVED_TABLES,
  rebuild: rebuildEquipmentDerived,
});
