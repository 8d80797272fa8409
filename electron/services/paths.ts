/**
 * Path containment: the single rule for turning a path that came from outside (a URL path,
 * an id) into a file inside a known folder. It compares with path.relative rather than a
 * string prefix, because '/data/app-evil' starts with '/data/app' and still lies outside it.
 */
import path from 'node:path';

/**
 * Resolves `requestPath` (a URL-style path, possibly percent-encoded) inside `root`, or
 * returns null when it cannot be decoded or would land outside root. The path is anchored at
 * root before normalising, so '../' can never climb above it; backslashes count as
 * separators so a path means the same on Windows and elsewhere.
 */
export function resolveContained(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const anchored = path.posix.normalize('/' + decoded.replace(/\\/g, '/'));
  const absoluteRoot = path.resolve(root);
  const target = path.resolve(absoluteRoot, '.' + anchored);
  return isInside(absoluteRoot, target) ? target : null;
}

/** True when `target` is `root` itself or lies below it. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false;
  const firstSegment = relative.split(path.sep)[0];
  return firstSegment !== '..';
}
