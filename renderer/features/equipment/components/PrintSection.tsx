/** Print the item's history sheet and its label (issue 12; being written: helper H5). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function PrintSection(_props: { equipment: Equipment }) {
  return null;
}
