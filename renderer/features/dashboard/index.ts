/** Dashboard feature: read-only summaries over the other features' tables and aggregates. */
export * from './repository';
export * from './hooks';
