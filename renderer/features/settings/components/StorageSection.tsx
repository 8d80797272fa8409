/**
 * Settings ▸ Storage (issue 15.7): whether the browser keeps the office's data when the disk is
 * low (persistent storage, asked for again here), and how much space is used and still
 * available, with a bar. A write that finds the disk full says so where it failed and points here.
 */
import { useEffect, useState } from 'react';
import {
  formatStorageBytes,
  persistenceSentence,
  requestPersistentStorage,
  storageUse,
  type Persistence,
  type StorageUse,
} from '../../../core/storage';
import './storageSection.css';

export function StorageSection() {
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [use, setUse] = useState<StorageUse | null | undefined>(undefined);

  const refresh = () => {
    void requestPersistentStorage().then(setPersistence);
    void storageUse().then(setUse);
  };
  useEffect(refresh, []);

  const share = use && use.quota > 0 ? Math.min(1, use.used / use.quota) : 0;
  const low = use ? use.quota - use.used < 100_000_000 || share > 0.9 : false;
  return (
    <section className="card storage" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage</h2>
      <p className={persistence === 'persistent' ? 'storage-kept' : 'storage-at-risk'} aria-live="polite">
        {persistence ? persistenceSentence(persistence) : 'Checking how this browser keeps your data…'}
      </p>
      {use === undefined ? (
        <p className="muted">Measuring the space used…</p>
      ) : use === null ? (
        <p className="muted">This browser does not say how much space is used.</p>
      ) : (
        <>
          <meter
            className="storage-meter"
            aria-label="Space used"
            min={0}
            max={1}
            low={0.75}
            high={0.9}
            optimum={0}
            value={share}
          />
          <dl className="storage-figures">
            <div>
              <dt>Used</dt>
              <dd>{formatStorageBytes(use.used)}</dd>
            </div>
            <div>
              <dt>Available</dt>
              <dd>{formatStorageBytes(Math.max(0, use.quota - use.used))}</dd>
            </div>
            <div>
              <dt>Allowed in all</dt>
              <dd>{formatStorageBytes(use.quota)}</dd>
            </div>
          </dl>
          {low ? (
            <p className="storage-at-risk" role="status">
              Space is running low: new records and attachments may not be saved. Free space on this computer, or remove attachments you no longer need.
            </p>
          ) : null}
        </>
      )}
      <button type="button" className="btn" onClick={refresh}>
        Measure again
      </button>
    </section>
  );
}
