/** Placeholder while the screen is built. */
export function InventoryImport() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Inventory</h1>
      </header>
    </div>
  );
}
