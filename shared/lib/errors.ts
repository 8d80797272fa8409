/**
 * The one way a caught value becomes a sentence for the user: an Error's message (what our
 * repositories and zod boundaries throw), else the value as text. Anything may be thrown in
 * JavaScript, so every catch goes through this rather than assuming an Error.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return String(error);
  } catch {
    // An object whose toString throws (or a null-prototype object) still gets a sentence.
    return 'An unexpected error occurred.';
  }
}
