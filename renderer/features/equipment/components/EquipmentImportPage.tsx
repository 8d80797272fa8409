/** `#/equipment/import`: the import wizard for equipment (issue 12; being written: helper H5). */
export function EquipmentImportPage() {
  return (
    <div className="page">
      <h1>Import equipment</h1>
    </div>
  );
}
