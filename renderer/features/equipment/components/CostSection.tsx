/** Total cost of ownership and the replacement flag (issue 12; being written: helper H4). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function CostSection(_props: { equipment: Equipment }) {
  return null;
}
