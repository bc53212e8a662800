// Build of the benchmark page: `vite build --config bench/vite.config.ts` → out/bench/.
// It bundles the REAL app modules (data layer, worker clients, pdf writer) the same way the app
// build does (ES workers, relative asset paths), so the numbers are the app's numbers.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./page'),
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  // PouchDB (team-archive sync phase) imports Node's `events`, as in the app build.
  resolve: {
    alias: [
      { find: /^events$/, replacement: here('../renderer/src/data/sync/event-emitter.ts') },
      // See electron.vite.config.ts: the Markdown entity decoder's browser build needs `document`.
      { find: /^decode-named-character-reference$/, replacement: here('../node_modules/decode-named-character-reference/index.js') },
    ],
  },
  build: {
    outDir: here('../out/bench'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    reportCompressedSize: false,
  },
  server: { fs: { allow: [here('..')] } },
});
