/**
 * The schema history, oldest first. Append a new `declareV00N` here; never edit or reorder.
 */
import type Dexie from 'dexie';
import { declareV001 } from './v001';
import { declareV002 } from './v002';
import { declareV003 } from './v003';
import { declareV004 } from './v004';
import { declareV005 } from './v005';
import { declareV006 } from './v006';
import { declareV007 } from './v007';
import { declareV008 } from './v008';
import { declareV009 } from './v009';
import { declareV010 } from './v010';
import { declareV011 } from './v011';
import { declareV012 } from './v012';

export const SCHEMA_HISTORY: readonly ((db: Dexie) => void)[] = [declareV001, declareV002, declareV003, declareV004, declareV005, declareV006, declareV007, declareV008, declareV009, declareV010, declareV011, declareV012];

/** The newest schema this build understands. */
export const SCHEMA_VERSION = SCHEMA_HISTORY.length;

/** Declares versions 1…upTo on a Dexie instance (tests open older schemas this way). */
export function declareSchema(db: Dexie, upTo: number = SCHEMA_VERSION): void {
  for (const declare of SCHEMA_HISTORY.slice(0, upTo)) declare(db);
}
