/** `#/equipment`: the register (issue 12; being written: helper H1). */
import type { EquipmentStatus } from '../../../../shared/domain/equipment';

export function EquipmentListPage(_props: { creating?: boolean; status?: EquipmentStatus }) {
  return (
    <div className="page">
      <h1>Equipment</h1>
    </div>
  );
}
