import { readFileSync } from 'node:fs';
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

/**
 * The OCR files (issue 15) under fixed names in `ocr/` beside index.html: tesseract.js loads its
 * worker script and core by URL and builds the traineddata URLs from one folder, so hashed
 * asset names will not do. The dev server serves the same names from node_modules.
 */
const OCR_ASSETS: Readonly<Record<string, string>> = {
  'worker.min.js': 'tesseract.js/dist/worker.min.js',
  'tesseract-core-simd-lstm.wasm.js': 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js',
  'spa.traineddata.gz': '@tesseract.js-data/spa/4.0.0_best_int/spa.traineddata.gz',
  'eng.traineddata.gz': '@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
  // pdfjs's image decoders for scans stored as JPEG 2000 (OpenJPEG, with its no-wasm fallback where a
  // policy refuses wasm), JBIG2 and ICC colour; fetched from pdfjs's `wasmUrl` when a page is rendered.
  'pdfjs/openjpeg.wasm': 'pdfjs-dist/wasm/openjpeg.wasm',
  'pdfjs/openjpeg_nowasm_fallback.js': 'pdfjs-dist/wasm/openjpeg_nowasm_fallback.js',
  'pdfjs/jbig2.wasm': 'pdfjs-dist/wasm/jbig2.wasm',
  'pdfjs/qcms_bg.wasm': 'pdfjs-dist/wasm/qcms_bg.wasm',
};
const ocrAssetPath = (name: string): string => resolve(__dirname, 'node_modules', OCR_ASSETS[name] ?? '');

function ocrAssets(): Plugin {
  return {
    name: 'pa-ocr-assets',
    configureServer(server) {
      server.middlewares.use('/ocr/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//u, '').split('?')[0] ?? '';
        if (!Object.hasOwn(OCR_ASSETS, name)) return next();
        res.setHeader('Content-Type', name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
        res.end(readFileSync(ocrAssetPath(name)));
      });
    },
    generateBundle() {
      for (const name of Object.keys(OCR_ASSETS)) this.emitFile({ type: 'asset', fileName: `ocr/${name}`, source: readFileSync(ocrAssetPath(name)) });
    },
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
    plugins: [react(), contentSecurityPolicy(), ocrAssets()],
    resolve: {
      alias: [
        // PouchDB (team archive) imports Node's `events`; the browser gets a small implementation.
        { find: /^events$/, replacement: resolve(__dirname, 'renderer/src/data/sync/event-emitter.ts') },
        // The Markdown parser's entity decoder has a "browser" build that calls `document`, which the
        // import worker does not have: use its table build everywhere.
        { find: /^decode-named-character-reference$/, replacement: resolve(__dirname, 'node_modules/decode-named-character-reference/index.js') },
      ],
    },
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
