/** Inventory feature: supplies and the stock ledger. */
export * from './repository';
export * from './hooks';
export { importItems, IMPORT_CHUNK_SIZE, type ImportItemsContext, type ImportItemsResult } from './importItems';
export {
  itemSchema,
  itemDraftSchema,
  stockMovementSchema,
  stockMovementInputSchema,
  InsufficientStockError,
  isAtOrBelowMinimum,
  stockValueCents,
  type Item,
  type ItemDraft,
  type StockMovement,
  type StockMovementInput,
  type StockMovementKind,
} from '../../../shared/domain/inventory';
export { loadInventoryDashboard, type InventoryDashboardData, type UsageLine } from './dashboard';
// For pages that show inventory figures beside other features' (renderer/pages).
export { useMoney as useInventoryMoney } from './components/format';
export { readLowStock, type LowStockSummary } from './lowStock';
export { STOCK_TABLES, applyStockMovement, planStockMovement, writePlannedMovements, type PlannedMovement } from './stockLedger';
export { INVENTORY_AGGREGATE_TABLES, rebuildInventoryTotals } from './inventoryTotals';
export { useItemsFilter, type ItemsFilter } from './store';
// What each supply is for, filled by the features that use supplies (equipment's consumables).
export { registerItemPurposeReader, readItemPurposes, useItemPurposes, type ItemPurposeReader } from './itemPurpose';
