/** Dashboard feature: read-only summaries asked of the other features (it reads no table itself). */
export { useDashboardSummary } from './summary';
