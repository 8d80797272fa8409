/**
 * The webPreferences of every Backdesk window, as plain data so a unit test pins them (Electron
 * cannot be launched on the build machines, and a browser test cannot see these settings).
 */
import type { Session, WebPreferences } from 'electron';

/** The app window: sandboxed, context isolated, no Node, the preload as its only bridge. */
export function mainWebPreferences(preloadPath: string, isPackaged: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // No plugins: PDFs are drawn by the app's own viewer (pdf.js into a canvas, renderer/ui/PdfViewer).
    plugins: false,
    spellcheck: true,
    devTools: !isPackaged,
  };
}

/** The hidden print window: no preload and no JavaScript at all; printed pages are static HTML. */
export function printWebPreferences(session: Session): WebPreferences {
  return {
    session,
    javascript: false,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: false,
  };
}
