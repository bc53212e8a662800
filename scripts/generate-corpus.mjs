#!/usr/bin/env node
// Writes a synthetic bilingual corpus: <out>/generated-<count>-seed-<seed>.json (the app's backup
// format) and .txt (multi-bulletin plain text, as pasted from the PA website). Deterministic.
// Usage: node scripts/generate-corpus.mjs --count 1000 --seed 1 --out tests/fixtures/generated
// The generator is TypeScript; vite's runnerImport loads it without a separate build step.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const count = Number(arg('--count', '1000'));
const seed = Number(arg('--seed', '1'));
const out = resolve(arg('--out', 'corpus-out'));
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('Usage: node scripts/generate-corpus.mjs --count N --seed S --out DIR');
  process.exit(2);
}

const { module: gen } = await runnerImport(join(root, 'renderer/src/core/generator/index.ts'), {
  configFile: false,
  root,
  logLevel: 'error',
});

/** Writes a chunk and waits when the stream's buffer is full, so memory stays flat at 100k+. */
function write(stream, text) {
  return stream.write(text) ? Promise.resolve() : new Promise((r) => stream.once('drain', r));
}
const end = (stream) => new Promise((r) => stream.end(r));

mkdirSync(out, { recursive: true });
const base = join(out, `generated-${count}-seed-${seed}`);
const json = createWriteStream(`${base}.json`);
const txt = createWriteStream(`${base}.txt`);
const header = JSON.stringify(gen.backupHeader());
await write(json, `${header.slice(0, -1)},"bulletins":[\n`);
const tagNames = new Set();
const CHUNK = 1000;
const started = Date.now();
for (let start = 0; start < count; start += CHUNK) {
  const items = gen.generateTagged(Math.min(CHUNK, count - start), seed, start);
  const rows = items.map((g, i) => {
    for (const t of g.tagNames) tagNames.add(t);
    return JSON.stringify(gen.toStoredBulletin(g.bulletin, start + i, g.tagNames));
  });
  await write(json, (start > 0 ? ',\n' : '') + rows.join(',\n'));
  await write(txt, (start > 0 ? '\n' : '') + gen.toMultiBulletinText(items.map((g) => g.bulletin)));
}
await write(json, `\n],"tags":${JSON.stringify(gen.makeTags(tagNames))}}\n`);
await Promise.all([end(json), end(txt)]);
console.log(`Wrote ${count} bulletins (seed ${seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s:\n  ${base}.json\n  ${base}.txt`);
