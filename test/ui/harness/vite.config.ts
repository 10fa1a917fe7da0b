/** A bare Vite config for the preview page (no PWA, no app plugins). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  server: { host: '127.0.0.1', port: 5287, strictPort: true },
  logLevel: 'warn',
});
