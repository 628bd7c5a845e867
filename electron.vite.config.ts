// Desktop build: `electron-vite build` → out/main/main.js (package.json "main"), out/preload/preload.js,
// out/renderer/ (the same renderer as the browser edition's `vite build` → dist/web).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: resolve(__dirname, 'out/main'),
      // Bundle zod and the shared core into main.js: the packaged app needs no node_modules at run time.
      externalizeDeps: false,
      rolldownOptions: {
        input: { main: resolve(__dirname, 'electron/main.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(__dirname, 'out/preload'),
      // A sandboxed preload can require only 'electron' and a few Node shims, never a local chunk or a
      // package: everything goes into one CommonJS file (package.json has no "type", so .js is CommonJS).
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(__dirname, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default; minified code parses faster at start-up.
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
