/** Progress of long work; `value` in 0..1, or undefined while the amount is not known yet. */
export function ProgressBar({ label, value }: { label: string; value: number | undefined }) {
  return (
    <progress
      className="progress"
      aria-label={label}
      max={1}
      value={value === undefined ? undefined : Math.max(0, Math.min(1, value))}
    />
  );
}
