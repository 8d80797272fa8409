/**
 * Settings ▸ Audit log (`#/settings/audit`, issue 15.5): who changed or opened what, with
 * filters and an export. SCAFFOLD: the confidentiality slice fills it in.
 */
export function AuditLogPage() {
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
    </section>
  );
}
