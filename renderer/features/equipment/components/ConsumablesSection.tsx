/** Supplies this item uses, with stock on hand (issue 12; being written: helper H4). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function ConsumablesSection(_props: { equipment: Equipment }) {
  return null;
}
