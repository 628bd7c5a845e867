// Every IPC message is checked for who sent it before its request is even parsed: only the main frame
// of an app page may talk to the main process (not an iframe, not a page navigated elsewhere).
import type { IpcMainInvokeEvent } from 'electron';

export type IpcSenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

export function ipcSenderAllowed(event: IpcSenderEvent, isAppUrl: (url: string) => boolean): boolean {
  try {
    const frame = event.senderFrame;
    // null: the frame navigated away or was destroyed before the message was handled.
    if (!frame) return false;
    // Only top-level documents; a subframe (even a same-origin one) is refused.
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  } catch {
    // WebFrameMain getters throw once the render frame is disposed.
    return false;
  }
}
