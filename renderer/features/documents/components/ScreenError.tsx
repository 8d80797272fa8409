/** A documents screen's last failure under its header, announced to screen readers. */
export function ScreenError({ error }: { error: string | null }) {
  return error ? (
    <div className="error-box doc-error" role="alert">
      {error}
    </div>
  ) : null;
}
