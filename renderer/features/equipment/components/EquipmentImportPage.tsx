/**
 * `#/equipment/import`: the shared import wizard for the register (kind 'equipment', e.g. a
 * Snipe-IT assets export). Rows whose asset tag is already an item's are listed by line, naming
 * the item, before anything is saved; the file is saved whole or not at all (importEquipment).
 */
import { navigate } from '../../../core/router';
import { ImportWizard } from '../../import';
import { findEquipmentTagClashes, importEquipment } from '../importEquipment';
import { EquipmentTabsBar } from './EquipmentTabs';

export function EquipmentImportPage() {
  return (
    <>
      <EquipmentTabsBar current="import" />
      <ImportWizard
        kind="equipment"
        title="Import equipment"
        commit={(records, ctx) => importEquipment(records, ctx)}
        findDuplicates={(records) => findEquipmentTagClashes(records)}
        onDone={() => navigate('equipment')}
      />
    </>
  );
}
