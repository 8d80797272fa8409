/**
 * The Paper menu of a print (issue 16.13): the office's paper from Settings is chosen; picking
 * the other size changes this print only, and says so.
 */
import { useId } from 'react';
import { PAPER_LABELS, type PaperSize } from '../../shared/lib/paper';
import type { PaperChoice } from './printing';
import './paperSelect.css';

const SIZES: readonly PaperSize[] = ['A4', 'Letter'];

export function PaperSelect({ choice }: { choice: PaperChoice }) {
  const noteId = useId();
  const overridden = choice.paper !== choice.officeSize;
  return (
    <span className="paper-select">
      <label>
        <span>Paper</span>{' '}
        <select
          value={choice.paper}
          onChange={(e) => choice.choose(e.target.value as PaperSize)}
          aria-describedby={overridden ? noteId : undefined}
        >
          {SIZES.map((size) => (
            <option key={size} value={size}>
              {PAPER_LABELS[size]}
            </option>
          ))}
        </select>
      </label>
      {overridden ? (
        <span id={noteId} className="muted">
          {' '}This print only: the office uses {PAPER_LABELS[choice.officeSize]} (Settings).
        </span>
      ) : null}
    </span>
  );
}
