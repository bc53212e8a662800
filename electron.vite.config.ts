import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { cspMetaTag } from './electron/shared/csp';

/**
 * Puts the app's one CSP into the built index.html. Build only: the dev server's React refresh
 * needs an inline script, and dev never ships.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'pa-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<!-- CSP -->', cspMetaTag()),
  };
}

// One config for the three targets. The renderer build is also the web twin: it uses relative
// asset paths (base './') so out/renderer works from app:// and from any static http server.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified; minified, the start-up bundle is about a third
      // of the bytes to load and compile on every start (the web twin also downloads it).
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
