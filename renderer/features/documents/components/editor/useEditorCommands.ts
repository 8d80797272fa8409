/**
 * The editor's keys and menu commands: Ctrl+S saves, Ctrl+P prints, Ctrl+Shift+P saves as PDF,
 * Esc steps back (out of a question, out of an old version, then out of the editor). In
 * Electron the File menu owns Ctrl+P and Ctrl+Shift+P, so the editor also answers the menu's
 * commands; a second trigger of the same press is dropped by the draft's busy guard.
 */
import { useEffect, useEffectEvent } from 'react';
import { onMenuCommand } from '../../../../platform';

export interface EditorCommands {
  save: () => void;
  output: (how: 'print' | 'pdf') => void;
  escape: () => void;
}

/** Ignore shortcuts meant for something layered above the editor (the command palette). */
function fromOverlay(event: KeyboardEvent): boolean {
  return event.target instanceof Element && event.target.closest('dialog') !== null;
}

export function useEditorCommands(commands: EditorCommands): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || fromOverlay(event)) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (mod && !event.altKey && key === 's') {
      event.preventDefault();
      commands.save();
    } else if (mod && !event.altKey && key === 'p') {
      // Always ours inside the editor: the browser's own print would print the app screen.
      event.preventDefault();
      commands.output(event.shiftKey ? 'pdf' : 'print');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      commands.escape();
    }
  });

  const onMenu = useEffectEvent((how: 'print' | 'pdf') => {
    commands.output(how);
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    const offPrint = onMenuCommand('print', () => onMenu('print'));
    const offPdf = onMenuCommand('save-pdf', () => onMenu('pdf'));
    return () => {
      window.removeEventListener('keydown', listener);
      offPrint();
      offPdf();
    };
  }, []);
}
