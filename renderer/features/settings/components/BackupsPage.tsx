/**
 * Settings ▸ Backups (`#/settings/backups`, issue 15.2): every backup (automatic, manual,
 * pre-upgrade, pre-restore) with date, size, counts and whether it verifies; restore from any;
 * the automatic schedule and folder. SCAFFOLD: the backups slice fills it in.
 */
export function BackupsPage() {
  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">Backups</h2>
    </section>
  );
}
