/** Dashboard feature: read-only summaries over the other features' tables and aggregates. */
export { useDashboardSummary } from './summary';
export { readLowStock, countActiveCandidates, type LowStockSummary } from './reads';
