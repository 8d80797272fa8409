/** Placeholder while the screen is built. */
export function ItemPage({ itemId }: { itemId: string }) {
  return (
    <div className="page" data-item={itemId}>
      <header className="page-header">
        <h1>Inventory</h1>
      </header>
    </div>
  );
}
