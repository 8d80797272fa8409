/**
 * Step 1: a "Choose file…" button (the platform's file dialog) and a drop zone. The drop zone
 * is itself a button, so a keyboard user reaches the same dialog from it.
 */
import { useState, type DragEvent } from 'react';
import { getPlatform } from '../../../platform';
import { errorMessage } from '../../../../shared/lib/errors';

export interface PickedBytes {
  name: string;
  bytes: Uint8Array;
}

const FILTERS = [{ name: 'CSV or text files', extensions: ['csv', 'tsv', 'txt'] }];

export function FilePicker({
  onPicked,
  onError,
}: {
  onPicked(file: PickedBytes): void;
  onError(message: string): void;
}) {
  const [over, setOver] = useState(false);

  const choose = async () => {
    try {
      const [file] = await getPlatform().pickFiles({
        title: 'Choose a file to import',
        filters: FILTERS,
      });
      if (file) onPicked({ name: file.name, bytes: file.bytes });
    } catch (e) {
      onError(errorMessage(e));
    }
  };

  const drop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    try {
      onPicked({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (e) {
      onError(
        `The file "${file.name}" could not be read: ${errorMessage(e)}`,
      );
    }
  };

  return (
    <div className="import-file">
      <div
        className={over ? 'import-drop import-drop-over' : 'import-drop'}
        role="button"
        tabIndex={0}
        aria-label="Drop a file here, or press Enter to choose one"
        onClick={() => void choose()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            e.stopPropagation();
            void choose();
          }
        }}
        onDragEnter={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void drop(e)}
      >
        <strong>Drop a CSV file here</strong>
        <span className="muted">
          Comma, semicolon or tab separated; UTF-8, UTF-16 or Windows-1252.
        </span>
      </div>
      <button
        type="button"
        className="btn btn-primary"
        data-autofocus
        onClick={() => void choose()}
      >
        Choose file…
      </button>
    </div>
  );
}
