/**
 * `#/equipment/<id>`: one item with every history below its details (issue 12; being written:
 * helper H1). Each section is its own component, owned by the slice that builds it.
 */
export function EquipmentPage(_props: { equipmentId: string }) {
  return (
    <div className="page">
      <h1>Equipment</h1>
    </div>
  );
}
