// Runs in the sandboxed preload: it may require only 'electron' (and a few Node shims), so electron-vite
// bundles this file and its imports into one CommonJS file (electron.vite.config.ts).
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('wagedesk', createBridge((channel, request) => ipcRenderer.invoke(channel, request)));
