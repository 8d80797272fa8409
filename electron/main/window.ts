/**
 * Creates Backdesk's windows. Their webPreferences come from webPreferences.ts, the one place
 * they are set (DESIGN §4) and pinned by a unit test: every window is sandboxed, context
 * isolated and without Node; the main window gets the preload, print windows get no preload
 * and no JavaScript at all.
 */
import { BrowserWindow, screen, type IpcMainInvokeEvent, type Session } from 'electron';
import {
  DEFAULT_SIZING,
  loadWindowState,
  writeWindowState,
  type Rect,
} from '../services/windowState';
import { mainWebPreferences, printWebPreferences } from './webPreferences';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  /** JSON file holding the last size and position (under userData). */
  stateFile: string;
  isPackaged: boolean;
}

/** Work areas (screen minus task bars) with the primary display first. */
function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

export function createMainWindow({
  preloadPath,
  url,
  stateFile,
  isPackaged,
}: MainWindowOptions): BrowserWindow {
  const state = loadWindowState(stateFile, workAreas());
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: DEFAULT_SIZING.minWidth,
    minHeight: DEFAULT_SIZING.minHeight,
    title: 'Backdesk',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: mainWebPreferences(preloadPath, isPackaged),
  });
  rememberBounds(window, stateFile);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(url);
  return window;
}

/** Saves size, position and maximized state shortly after each change and on close. */
function rememberBounds(window: BrowserWindow, stateFile: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed() || window.isMinimized()) return;
    try {
      // Normal bounds are the size to restore to, even while maximized or full screen.
      writeWindowState(stateFile, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      console.error('[window] could not remember the window size:', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resize', saveSoon);
  window.on('close', save);
}

/**
 * A hidden window that only renders a document for print or PDF: its own in-memory session
 * (see print.ts), no preload, and JavaScript off, since printed pages are static HTML.
 */
export function createPrintWindow(session: Session, title: string): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    title,
    webPreferences: printWebPreferences(session),
  });
}

/** The window a request came from, to parent its dialogs. */
export function windowOf(event: Pick<IpcMainInvokeEvent, 'sender'>): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(event.sender) ?? undefined;
}
