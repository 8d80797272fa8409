/**
 * Main process lifecycle: wiring only. Security rules live in security*.ts, app serving in
 * protocol.ts, windows in window.ts, IPC in ipc/, and real work in services/.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { AttachmentStore } from '../services/attachments';
import { BackupService, folderChangedSince } from '../services/backups';
import { BackupScheduler } from './backupScheduler';
import { createHandlers } from './ipc/handlers';
import { registerIpc, sendEvent } from './ipc/register';
import { buildMenuTemplate, type MenuEvent } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { APP_ENTRY_URL } from './security-rules';
import { createMainWindow } from './window';
import { errorMessage } from '../../shared/lib/errors';

// Bundled to dist/electron/main/index.cjs; the renderer and preload sit beside it in dist/.
const distDir = path.resolve(__dirname, '..', '..');
const rendererRoot = path.join(distDir, 'renderer');
const preloadPath = path.join(distDir, 'electron', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;
let backupScheduler: BackupScheduler | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath,
    url: APP_ENTRY_URL,
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
    isPackaged: app.isPackaged,
  });
  // Closing the window quits (except on macOS): hold it for the backup on quit (issue 15.2).
  if (process.platform !== 'darwin') mainWindow.on('close', (event) => backupScheduler?.holdQuit(event, () => mainWindow?.close()));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function showAbout(): void {
  const detail = [
    `Version ${app.getVersion()}`,
    `Electron ${process.versions.electron ?? ''} · Chromium ${process.versions.chrome ?? ''} · Node ${process.versions.node}`,
    `Data folder: ${app.getPath('userData')}`,
  ].join('\n');
  const options = {
    type: 'info' as const,
    title: 'About Backdesk',
    message: 'Backdesk',
    detail,
    buttons: ['OK'],
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function installMenu(): void {
  const send = (channel: MenuEvent) => {
    if (mainWindow && !mainWindow.isDestroyed()) sendEvent(mainWindow.webContents, channel);
  };
  const template = buildMenuTemplate({
    isPackaged: app.isPackaged,
    isMac: process.platform === 'darwin',
    send,
    about: showAbout,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveApp(protocol, rendererRoot);
  const userData = app.getPath('userData');
  const backups = new BackupService({ dataDir: userData });
  const scheduler = new BackupScheduler({
    service: backups,
    send: (reason) => {
      if (!mainWindow || mainWindow.isDestroyed()) return false;
      sendEvent(mainWindow.webContents, 'backups:due', { reason });
      return true;
    },
    dataChangedSince: (at) => folderChangedSince(path.join(userData, 'IndexedDB'), at),
  });
  registerIpc(
    ipcMain,
    createHandlers({
      attachments: new AttachmentStore({ dataDir: userData }),
      backups: { service: backups, onWritten: (kind) => scheduler.written(kind) },
    }),
  );
  installMenu();
  openMainWindow();
  backupScheduler = scheduler;
  scheduler.start();
}

// Both must happen before 'ready': privileged schemes are fixed at startup, and the sandbox
// switch covers every renderer the app will ever create.
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Two instances would share (and fight over) one IndexedDB; the first one takes focus.
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', (event) => backupScheduler?.holdQuit(event, () => app.quit()));
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => void shell.openExternal(url));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  start().catch((error: unknown) => {
    dialog.showErrorBox(
      'Backdesk could not start',
      errorMessage(error),
    );
    app.exit(1);
  });
}
