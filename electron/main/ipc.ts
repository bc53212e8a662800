/**
 * One handler per HostChannel. Each checks the sender frame, then the arguments, and only then
 * calls the service; anything else is rejected with an Error (which reaches the renderer as a
 * rejected promise).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { HostChannel, type HostChannelName } from '../shared/host-contract';
import {
  validateBackupBytes,
  validateBackupName,
  validateBackupReason,
  validateNoArguments,
  validateOpenOptions,
  validateOpenOriginal,
  validateSaveRequest,
  validateShortText,
  validateTeamServer,
  validateUrlArgument,
} from '../shared/ipc-validators';
import type { HostServices } from './host-services';
import { isTrustedSender, type SenderFrameLike, type SenderPolicy } from './sender-check';

/** The part of the invoke event the handlers read. */
export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}

export type IpcHandler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

/** Thrown for calls from anything but our own page. */
export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the caller is not the app's own page.`);
    this.name = 'UntrustedSenderError';
  }
}

function exactArgs(args: readonly unknown[], max: number): void {
  if (args.length > max) validateNoArguments(args.slice(max));
}

/** The guarded handlers, keyed by channel (exported for tests; `registerIpc` installs them). */
export function createIpcHandlers(services: HostServices, policy: SenderPolicy): Record<HostChannelName, IpcHandler> {
  const bodies: Record<HostChannelName, (args: unknown[]) => Promise<unknown>> = {
    [HostChannel.openFiles]: async (args) => {
      exactArgs(args, 1);
      return services.openFiles(validateOpenOptions(args[0]));
    },
    [HostChannel.saveFile]: async (args) => {
      exactArgs(args, 1);
      return services.saveFile(validateSaveRequest(args[0]));
    },
    [HostChannel.appInfo]: async (args) => {
      validateNoArguments(args);
      return services.appInfo();
    },
    [HostChannel.openExternal]: async (args) => {
      exactArgs(args, 1);
      return services.openExternal(validateUrlArgument(args[0]));
    },
    [HostChannel.listBackups]: async (args) => {
      validateNoArguments(args);
      return services.backups.list();
    },
    [HostChannel.writeBackup]: async (args) => {
      exactArgs(args, 2);
      const reason = validateBackupReason(args[0]);
      return services.backups.write(reason, validateBackupBytes(args[1]));
    },
    [HostChannel.readBackup]: async (args) => {
      exactArgs(args, 1);
      return services.backups.read(validateBackupName(args[0]));
    },
    [HostChannel.openOriginal]: async (args) => {
      exactArgs(args, 1);
      return services.openOriginal(validateOpenOriginal(args[0]));
    },
    [HostChannel.setTeamServer]: async (args) => {
      exactArgs(args, 1);
      return services.team.setServer(validateTeamServer(args[0]));
    },
    [HostChannel.saveTeamPassword]: async (args) => {
      exactArgs(args, 2);
      return services.team.secrets.save(validateShortText(args[0], 'a password key'), validateShortText(args[1], 'a password'));
    },
    [HostChannel.loadTeamPassword]: async (args) => {
      exactArgs(args, 1);
      return services.team.secrets.load(validateShortText(args[0], 'a password key'));
    },
    [HostChannel.forgetTeamPassword]: async (args) => {
      validateNoArguments(args);
      await services.team.secrets.forget();
      return true;
    },
  };

  const handlers = {} as Record<HostChannelName, IpcHandler>;
  for (const channel of Object.keys(bodies) as HostChannelName[]) {
    const body = bodies[channel];
    handlers[channel] = async (event, ...args) => {
      if (!isTrustedSender(event.senderFrame, policy)) throw new UntrustedSenderError(channel);
      return body(args);
    };
  }
  return handlers;
}

/** Installs the handlers on `ipcMain`. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Record<HostChannelName, IpcHandler>): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => handler(event, ...args));
  }
}
