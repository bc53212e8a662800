/**
 * The preload: exposes exactly one object, the HostApi, built from `ipcRenderer.invoke`. The raw
 * ipcRenderer never reaches the page; `satisfies HostApi` makes the compiler check the bridge
 * against the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { blobBytes } from '../shared/blob-bytes';
import { HOST_GLOBAL, HostChannel, type HostApi, type HostChannelName } from '../shared/host-contract';

function call<T>(channel: HostChannelName, ...args: unknown[]): Promise<T> {
  return ipcRenderer.invoke(channel, ...args) as Promise<T>;
}

const api = {
  openFiles: (options) => call(HostChannel.openFiles, options),
  saveFile: (request) => call(HostChannel.saveFile, request),
  appInfo: () => call(HostChannel.appInfo),
  openExternal: (url) => call(HostChannel.openExternal, url),
  listBackups: () => call(HostChannel.listBackups),
  writeBackup: (reason, bytes) => call(HostChannel.writeBackup, reason, bytes),
  readBackup: (name) => call(HostChannel.readBackup, name),
  openOriginal: async ({ name, blob }) => call(HostChannel.openOriginal, { name, bytes: await blobBytes(blob) }),
  setTeamServer: (url) => call(HostChannel.setTeamServer, url),
  saveTeamPassword: (key, password) => call(HostChannel.saveTeamPassword, key, password),
  loadTeamPassword: (key) => call(HostChannel.loadTeamPassword, key),
  forgetTeamPassword: () => call(HostChannel.forgetTeamPassword),
} satisfies HostApi;

contextBridge.exposeInMainWorld(HOST_GLOBAL, api);
