/**
 * 1–5 stars as a radio group: Tab reaches it, arrow keys move between stars (native radio
 * behaviour), and "No rating" clears it, so it works without a mouse and reads well aloud.
 */
import { Star } from 'lucide-react';

export function RatingInput({
  value,
  onChange,
  name = 'rating',
}: {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  name?: string;
}) {
  return (
    <fieldset className="rating-input">
      <legend>Rating</legend>
      <label className="rating-none">
        <input type="radio" name={name} checked={value === undefined} onChange={() => onChange(undefined)} />
        <span>No rating</span>
      </label>
      {[1, 2, 3, 4, 5].map((n) => (
        <label key={n} className={value !== undefined && n <= value ? 'rating-star on' : 'rating-star'}>
          <input
            type="radio"
            name={name}
            value={n}
            checked={value === n}
            onChange={() => onChange(n)}
            aria-label={`${n} star${n === 1 ? '' : 's'}`}
          />
          <Star size={18} aria-hidden="true" />
        </label>
      ))}
    </fieldset>
  );
}

export function RatingStars({ value }: { value: number | undefined }) {
  if (!value) return <span className="muted">—</span>;
  return (
    <span className="rating-stars" aria-label={`${value} of 5 stars`} title={`${value} of 5 stars`}>
      {'★'.repeat(value)}
      <span className="rating-dim">{'★'.repeat(5 - value)}</span>
    </span>
  );
}
