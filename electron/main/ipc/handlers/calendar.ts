/** calendar:remind — a calendar reminder as a desktop notification; a click opens the event (issue 13.7). */
import { BrowserWindow, Notification, type IpcMainInvokeEvent } from 'electron';
import { createReminderNotifier } from '../../../services/reminderNotifications';
import { windowOf } from '../../window';
import { sendEvent, type Handlers } from '../register';

type CalendarHandlers = Pick<Handlers<IpcMainInvokeEvent>, 'calendar:remind'>;

export function calendarHandlers(): CalendarHandlers {
  // The window that asked last is where a click opens the event.
  let target: BrowserWindow | undefined;
  // Electron drops a notification the moment nothing references it; keep the live ones.
  const live = new Set<Notification>();
  const notifier = createReminderNotifier({
    now: () => Date.now(),
    show: (text, onClick) => {
      if (!Notification.isSupported()) return false;
      const notification = new Notification({ title: text.title, body: text.body, silent: false });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        onClick();
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
      return true;
    },
    openEvent: (eventId) => {
      const window = target && !target.isDestroyed() ? target : BrowserWindow.getAllWindows()[0];
      if (!window || window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
      sendEvent(window.webContents, 'calendar:open-event', { eventId });
    },
  });
  return {
    'calendar:remind': (notice, event) => {
      target = windowOf(event) ?? target;
      return notifier.notify(notice);
    },
  };
}
