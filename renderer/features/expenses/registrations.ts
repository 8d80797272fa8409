/**
 * What expenses contributes to the app's registries: the rebuild of its spend totals, and
 * those totals as budget's source of actual spending.
 */
import { registerDerivedDataRebuilder } from '../../db/derived';
import { registerSpendTotalsReader } from '../budget';
import { readExpenseTotals, rebuildExpenseTotals } from './expenseTotals';

registerDerivedDataRebuilder({ name: 'expenses', tables: ['expenseTotals'], rebuild: rebuildExpenseTotals });
registerSpendTotalsReader(readExpenseTotals);
