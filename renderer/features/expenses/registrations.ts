/** What expenses contributes to the app's registries: the rebuild of its spend totals. */
import { registerDerivedDataRebuilder } from '../../db/derived';
import { rebuildExpenseTotals } from './expenseTotals';

registerDerivedDataRebuilder({ name: 'expenses', tables: ['expenseTotals'], rebuild: rebuildExpenseTotals });
