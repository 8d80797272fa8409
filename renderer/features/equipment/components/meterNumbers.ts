/** Reading numbers typed in the meter and plan forms: "12,500", "12 500" and "1234.5" are fine. */
export function parseMeterNumber(text: string, label: string): number {
  const t = text.trim().replace(/[\s,\u00a0\u202f]/g, '');
  if (!t) throw new Error(`Enter ${label}.`);
  if (!/^\d+(\.\d+)?$/.test(t)) throw new Error(`Enter ${label} as a number of at least 0, e.g. 12500.`);
  return Number(t);
}

/** Like parseMeterNumber, but blank is undefined. */
export function parseOptionalMeterNumber(text: string, label: string): number | undefined {
  return text.trim() ? parseMeterNumber(text, label) : undefined;
}
