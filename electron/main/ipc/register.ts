/**
 * Binds every channel of the IPC contract, and only those, to its handler. Each call goes
 * through the same gate: the sender must be the app's top frame, the payload must parse
 * against the channel's schema, and whatever the handler does — returns, throws, returns
 * something off-contract — the renderer gets a Result back, never a rejected promise.
 * `ipcMain` is passed in (only its `handle` is used), so this is tested without Electron.
 */
import {
  contract,
  INVOKE_CHANNELS,
  type EventChannel,
  type EventPayloadOf,
  type InvokeChannel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../../shared/ipc/contract';
import { err, ok, toResultError, type Result } from '../../../shared/ipc/result';
import { isAllowedSender } from '../security-rules';

/** The parts of Electron's IpcMainInvokeEvent the gate reads. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike<E extends InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

/** One handler per channel; the event lets handlers find the calling window (dialogs). */
export type Handlers<E> = {
  [K in InvokeChannel]: (
    request: ParsedRequestOf<K>,
    event: E,
  ) => Promise<ResponseOf<K>> | ResponseOf<K>;
};

export interface RegisterOptions {
  isAllowedSender?: (frameUrl: string, isMainFrame: boolean) => boolean;
  /** Where unexpected failures are reported (the renderer only sees the message). */
  log?: (channel: InvokeChannel, error: unknown) => void;
}

const FORBIDDEN = 'This request did not come from the Backdesk window.';

function describeIssues(
  channel: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  const first = issues[0];
  if (!first) return `The request for ${channel} is not valid.`;
  const where = first.path.length ? ` (${first.path.map(String).join('.')})` : '';
  return `The request for ${channel} is not valid${where}: ${first.message}`;
}

/** The gate for one channel, exported so tests can call it directly. */
export function createInvokeListener<K extends InvokeChannel, E extends InvokeEventLike>(
  channel: K,
  handler: Handlers<E>[K],
  options: RegisterOptions = {},
): (event: E, ...args: unknown[]) => Promise<Result<ResponseOf<K>>> {
  const allowSender = options.isAllowedSender ?? isAllowedSender;
  const log = options.log ?? ((name, error) => console.error(`[ipc] ${name} failed:`, error));
  const schema = contract[channel];
  return async (event, ...args) => {
    const frame = event?.senderFrame;
    if (!frame || !allowSender(frame.url, frame.parent === null))
      return err('forbidden', FORBIDDEN);

    const parsed = schema.request.safeParse(args[0]);
    if (!parsed.success || args.length > 1) {
      return err(
        'invalid_request',
        parsed.success
          ? `${channel} takes one argument.`
          : describeIssues(channel, parsed.error.issues),
      );
    }

    try {
      const call = handler as (request: unknown, event: E) => unknown;
      const value = await call(parsed.data, event);
      const checked = schema.response.safeParse(value);
      if (!checked.success) {
        log(channel, checked.error);
        return err('internal', `Backdesk gave an unexpected answer to ${channel}.`);
      }
      return ok(checked.data as ResponseOf<K>);
    } catch (error) {
      const resultError = toResultError(error);
      if (resultError.code === 'internal') log(channel, error);
      return { ok: false, error: resultError };
    }
  };
}

/** Binds every contract channel; channels not in the contract are never bound. */
export function registerIpc<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  handlers: Handlers<E>,
  options: RegisterOptions = {},
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, createInvokeListener(channel, handlers[channel], options));
  }
}

/** Anything that can deliver an event to a renderer (a WebContents). */
export interface EventSink {
  send(channel: string, ...args: unknown[]): void;
}

/** Sends a contract-declared event to the renderer; events without a payload take none. */
export function sendEvent<C extends EventChannel>(
  target: EventSink,
  channel: C,
  ...payload: EventPayloadOf<C> extends undefined ? [] : [EventPayloadOf<C>]
): void {
  target.send(channel, ...payload);
}
