/** The domain: every record's zod schema, inferred types and pure rules. */
export * from './common';
export * from './inventory';
export * from './vendors';
export * from './purchasing';
export * from './equipment';
export * from './budget';
export * from './expenses';
export * from './recruiting';
export * from './people';
export * from './calendar';
export * from './calls';
export * from './documents';
export * from './tasks';
export * from './attachments';
export * from './settings';
export * from './audit';
export * from './confidential';
