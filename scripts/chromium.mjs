// Finds a Chromium for Playwright: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else
// Playwright's own download. None → an error with the exact install command.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @returns {string} the path of a Chromium executable */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const path of candidates) if (existsSync(path)) return path;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // No browser registered with Playwright: fall through to the error below.
  }
  throw new Error(
    'No Chromium found. Install it with: sudo apt-get install -y chromium  (or set CHROMIUM_PATH=/path/to/chromium)',
  );
}
