/** Tags as typed in a documents form: comma-separated, trimmed, each once, within storage limits. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(',')) {
    const tag = raw.trim().slice(0, 60);
    if (tag) seen.add(tag);
  }
  return [...seen].slice(0, 30);
}
