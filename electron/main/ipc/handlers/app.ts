/** app:info, notify:show and shell:open-external — small requests about the app and the desktop. */
import { app, Notification, shell, type IpcMainInvokeEvent } from 'electron';
import { AppError } from '../../../../shared/ipc/result';
import { isAllowedExternalUrl } from '../../security-rules';
import { type Handlers } from '../register';

type AppHandlers = Pick<
  Handlers<IpcMainInvokeEvent>,
  'app:info' | 'notify:show' | 'shell:open-external'
>;

export function appHandlers(): AppHandlers {
  return {
    'app:info': () => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      packaged: app.isPackaged,
      versions: {
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
      },
    }),

    'notify:show': ({ title, body }) => {
      if (!Notification.isSupported()) return { shown: false };
      new Notification({ title, body, silent: false }).show();
      return { shown: true };
    },

    'shell:open-external': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        throw new AppError('forbidden', 'Backdesk only opens web (https), e-mail and phone links.');
      }
      await shell.openExternal(url);
      return { opened: true };
    },
  };
}
