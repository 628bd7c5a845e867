import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY_META } from './shared/security/contentSecurityPolicy';

// The built page carries the CSP as a <meta> tag; the dev server does not (React's hot reload needs an
// inline preamble script), and the desktop app sends the full policy as a header as well.
const cspMeta: Plugin = {
  name: 'wagedesk-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
  ],
};

// The browser edition and the desktop renderer are the same build: renderer/ → dist/web.
export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react(), cspMeta],
  build: {
    outDir: resolve(__dirname, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    // exceljs (~930 KB) and recharts load only with the screens that export or chart; the start-up
    // bundle is measured by `npm run bench` instead.
    chunkSizeWarningLimit: 1000,
    // React, i18next and zustand in one chunk with the shell beside it: left to itself the bundler split
    // them into half a dozen small files the first screen waits on one by one (start-up is ~15% faster
    // in `npm run bench` this way). Everything else still splits per screen.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'shell', test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zustand|use-sync-external-store)[\\/]/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
});
