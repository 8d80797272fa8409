/** What inventory contributes to the app's registries: the rebuild of its stock aggregates. */
import { registerDerivedDataRebuilder } from '../../db/derived';
import { INVENTORY_AGGREGATE_TABLES, rebuildInventoryTotals } from './inventoryTotals';

registerDerivedDataRebuilder({
  name: 'inventory',
  tables: INVENTORY_AGGREGATE_TABLES,
  rebuild: rebuildInventoryTotals,
});
