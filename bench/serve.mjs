// The benchmark's static server: scripts/serve.mjs plus COOP/COEP headers. A cross-origin-isolated
// page may call performance.measureUserAgentSpecificMemory(), the only way to count the heap of the
// search and import WORKERS, not just the page's.
import { serveStatic } from '../scripts/serve.mjs';

/** Serves `rootDir` on an ephemeral 127.0.0.1 port; resolves with `{ url, server }`. */
export function serveIsolated(rootDir) {
  return serveStatic(rootDir, 0, {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
}
