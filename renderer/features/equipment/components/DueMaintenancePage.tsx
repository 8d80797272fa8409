/** `#/equipment/maintenance`: maintenance due and overdue across all items (issue 12; being written: helper H3). */
export function DueMaintenancePage() {
  return (
    <div className="page">
      <h1>Maintenance due</h1>
    </div>
  );
}
