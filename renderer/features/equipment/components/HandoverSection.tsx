/** Who has it: check-out, check-in and the hand-over ledger (issue 12; being written: helper H2). EquipmentPage renders it below the item's details. */
import type { Equipment } from '../../../../shared/domain/equipment';

export function HandoverSection(_props: { equipment: Equipment }) {
  return null;
}
