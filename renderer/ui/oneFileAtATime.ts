/**
 * The import pages read one file at a time: when several are dropped or chosen at once, the
 * first is read and the user is told, by name, which were not — never silently.
 */

/** The file to read of several, and what to tell the user about the rest (null when only one). */
export function oneFileAtATime<F extends { name: string }>(files: readonly F[]): { file: F | undefined; notRead: string | null } {
  const [file, ...rest] = files;
  if (rest.length === 0) return { file, notRead: null };
  const names = rest.map((f) => f.name);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return { file, notRead: `One file at a time: ${list} ${names.length === 1 ? 'was' : 'were'} not read. Import ${names.length === 1 ? 'it' : 'them'} after ${file!.name}.` };
}
