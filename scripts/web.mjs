#!/usr/bin/env node
// `npm run web`: the web twin. Builds if needed, then serves out/renderer on 127.0.0.1.
import { ensureBuild } from './ensure-build.mjs';
import { serveStatic } from './serve.mjs';

ensureBuild();
const portArg = process.argv.indexOf('--port');
const port = Number(portArg >= 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 5174));
const { url } = await serveStatic('out/renderer', port);
console.log(`PA Bulletin Archive (web) is running at ${url}  — open it in Chromium, Chrome, Edge or Firefox. Ctrl+C stops it.`);
