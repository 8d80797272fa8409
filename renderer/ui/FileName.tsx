/**
 * An attached file's name as lists show it (issue 15.9): isolated in <bdi>, so a bidi
 * override inside it cannot reorder the text beside it, and flagged when it holds bidi
 * controls at all — '\u202Eexe.fdp\u202C' shows as "pdf.exe" but is really "exe.fdp".
 */
import { AlertTriangle } from 'lucide-react';
import { bidiFileNameWarning, hasBidiControls } from '../../shared/lib/text';

export function FileName({ name, className }: { name: string; className?: string }) {
  const warning = bidiFileNameWarning(name);
  return (
    <>
      <bdi className={className ? `file-name ${className}` : 'file-name'}>{name}</bdi>
      {warning ? (
        <span className="file-name-warning" role="note">
          <AlertTriangle size={14} aria-hidden="true" /> {warning}
        </span>
      ) : null}
    </>
  );
}

/**
 * What a toast says after attaching a file: '<kind> <name> attached', and the warning when the
 * name holds bidi controls (the name then isolated between U+2068 and U+2069, the plain-text
 * <bdi>, so it cannot reverse the words after it).
 */
export function fileAttachedMessage(fileName: string, kind?: string): string {
  const prefix = kind ? `${kind} ` : '';
  if (!hasBidiControls(fileName)) return `${prefix}${fileName} attached`;
  return `${prefix}\u2068${fileName}\u2069 attached. ${bidiFileNameWarning(fileName)}`;
}
