/** `#/inventory/import`: the shared import wizard for supplies, saving through importItems. */
import { navigate } from '../../../core/router';
import { ImportWizard } from '../../import';
import { importItems } from '../importItems';

export function InventoryImport() {
  return <ImportWizard kind="items" title="Import supplies" commit={(records, ctx) => importItems(records, ctx)} onDone={() => navigate('inventory')} />;
}
