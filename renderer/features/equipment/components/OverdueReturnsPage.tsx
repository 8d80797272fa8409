/** `#/equipment/overdue`: items still out after their due-back day, most overdue first (issue 12; being written: helper H2). */
export function OverdueReturnsPage() {
  return (
    <div className="page">
      <h1>Overdue returns</h1>
    </div>
  );
}
