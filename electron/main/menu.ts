/**
 * The native menu as a plain template. Items that act on the app's data (print, save as
 * PDF, back up, restore) do not do the work here: they send a contract event to the
 * renderer, which knows what is on screen and owns the data. Building the template is kept
 * free of Electron values so it can be tested; index.ts turns it into a Menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { type EventChannel } from '../../shared/ipc/channels';

export type MenuEvent = Extract<EventChannel, `menu:${string}`>;

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  /** Delivers a menu event to the main window's renderer. */
  send(channel: MenuEvent): void;
  /** Shows the About box. */
  about(): void;
}

export function buildMenuTemplate({
  isPackaged,
  isMac,
  send,
  about,
}: MenuOptions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => send('menu:print') },
      {
        label: 'Save as PDF…',
        accelerator: 'CmdOrCtrl+Shift+P',
        click: () => send('menu:save-pdf'),
      },
      { type: 'separator' },
      { label: 'Back up…', click: () => send('menu:backup') },
      { label: 'Restore…', click: () => send('menu:restore') },
      { type: 'separator' },
      // The renderer also opens the form on F2 itself; a key it handles never reaches the menu.
      { label: 'Log a call…', accelerator: 'F2', click: () => send('menu:log-call') },
      // macOS keeps Quit in the application menu.
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { role: 'quit', label: 'Quit' },
          ] as MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // DevTools would let anyone at the desk read and edit the office's data directly.
      ...(isPackaged
        ? []
        : ([{ type: 'separator' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[])),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ label: 'About Backdesk', click: () => about() }],
  };

  const macApp: MenuItemConstructorOptions = {
    label: 'Backdesk',
    submenu: [
      { label: 'About Backdesk', click: () => about() },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: 'Quit Backdesk' },
    ],
  };

  return isMac
    ? [macApp, file, edit, view, { role: 'windowMenu' }, help]
    : [file, edit, view, help];
}
