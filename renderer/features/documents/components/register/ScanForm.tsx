/** Describing the files about to be filed: one title, date and tags for all of them. */
import type { ScanIntake } from './useScanIntake';

export function ScanForm({ intake }: { intake: ScanIntake }) {
  const { scans, scanMeta, setScanMeta, fileScans, cancel } = intake;
  if (scans.length === 0) return null;
  return (
    <form
      className="card doc-scan-form"
      aria-label="Add scanned files"
      onSubmit={(event) => {
        event.preventDefault();
        void fileScans();
      }}
    >
      <p className="doc-scan-files">
        {scans.length === 1
          ? `Adding ${scans[0]!.name}`
          : `Adding ${scans.length} files: ${scans.map((s) => s.name).join(', ')}`}
      </p>
      <label className="field">
        <span>Title</span>
        <input
          autoFocus
          value={scanMeta.title}
          required={scans.length === 1}
          onChange={(e) => setScanMeta((m) => ({ ...m, title: e.target.value }))}
        />
      </label>
      <label className="field">
        <span>Date</span>
        <input
          type="date"
          required
          value={scanMeta.date}
          onChange={(e) => setScanMeta((m) => ({ ...m, date: e.target.value }))}
        />
      </label>
      <label className="field">
        <span>Tags</span>
        <input
          value={scanMeta.tags}
          onChange={(e) => setScanMeta((m) => ({ ...m, tags: e.target.value }))}
        />
      </label>
      <label className="doc-flag">
        <input
          type="checkbox"
          checked={scanMeta.confidential === true}
          onChange={(e) => setScanMeta((m) => ({ ...m, confidential: e.target.checked }))}
        />
        Confidential
      </label>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="submit" className="btn btn-primary">
          Add to register
        </button>
        <button type="button" className="btn" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
