/** Placeholder while the screen is built. */
export function CountPage() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Inventory</h1>
      </header>
    </div>
  );
}
