/**
 * Words to the user at start about what happened while the app was closed (issue 15.3): an
 * import that never finished and was rolled back. SCAFFOLD: the import slice fills it in.
 */
export function StartupNotices() {
  return null;
}
