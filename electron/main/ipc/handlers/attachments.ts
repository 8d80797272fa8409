/** attachments:* — content-addressed files under the user data folder (services/attachments.ts). */
import type { IpcMainInvokeEvent } from 'electron';
import { type AttachmentStore } from '../../../services/attachments';
import { type Handlers } from '../register';

type AttachmentHandlers = Pick<
  Handlers<IpcMainInvokeEvent>,
  'attachments:put' | 'attachments:get' | 'attachments:delete'
>;

export function attachmentHandlers(store: AttachmentStore): AttachmentHandlers {
  return {
    'attachments:put': ({ bytes }) => store.put(bytes),
    'attachments:get': async ({ id }) => ({ bytes: await store.get(id) }),
    'attachments:delete': async ({ id }) => ({ deleted: await store.delete(id) }),
  };
}
