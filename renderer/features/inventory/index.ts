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
  isBelowMinimum,
  reorderQuantity,
  stockValueCents,
  type Item,
  type ItemDraft,
  type StockMovement,
  type StockMovementInput,
  type StockMovementKind,
} from '../../../shared/domain/inventory';
export { loadInventoryDashboard, type InventoryDashboardData } from './dashboard';
export { readLowStock, type LowStockSummary } from './lowStock';
export { STOCK_TABLES, applyStockMovement } from './stockLedger';
export { INVENTORY_AGGREGATE_TABLES, rebuildInventoryTotals } from './inventoryTotals';
export { useItemsFilter, type ItemsFilter } from './store';
