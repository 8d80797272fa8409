/** Extra print rules shared by the tabular reports (expense and budget reports). */
export const REPORT_STYLES = `
<style>
.report-meta { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 9.5pt; color: #444; margin: 0 0 5mm; }
.report-meta span + span::before { content: " · "; }
.report-table { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 0 0 6mm; font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
.report-table thead { display: table-header-group; }
.report-table tr { break-inside: avoid; page-break-inside: avoid; }
.report-table th, .report-table td { border-bottom: 0.5pt solid #c8c8c8; padding: 1.3mm 2mm; text-align: left; vertical-align: top; }
.report-table th { font-weight: 600; border-bottom: 1pt solid #1a1a1a; background: #f2f2f2; }
.report-table .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.report-table .subtotal td { font-weight: 600; background: #f7f7f7; }
.report-table .total td { font-weight: 700; border-top: 1.2pt solid #1a1a1a; border-bottom: 1.2pt double #1a1a1a; }
.report-table .neg { color: #a01818; }
.report-table .depth-1 td:first-child { padding-left: 7mm; }
.report-table .depth-2 td:first-child { padding-left: 12mm; }
.report-flag { font-weight: 600; color: #a01818; }
.report-section { font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 12pt; margin: 6mm 0 2mm; break-after: avoid; }
.report-summary { display: flex; gap: 6mm; margin: 0 0 6mm; font-family: "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
.report-summary div { border: 0.75pt solid #bbb; padding: 2mm 3mm; min-width: 32mm; }
.report-summary b { display: block; font-size: 12pt; }
.report-summary small { color: #555; font-size: 8.5pt; }
</style>`;
