// Runs once before the e2e tests: builds the game into dist/ and serves it with a tiny static
// server of our own on 127.0.0.1 (a free port). Serving dist/ with a plain file server, not vite's
// preview, proves the build works from any static host. Tests get the address from
// `inject('baseURL')` (see browser.ts `baseURL()`), or from the E2E_BASE_URL environment variable.
//
// Environment:
//   E2E_BASE_URL=http://...  test a server that is already running; no build, no server here.
//   E2E_SKIP_BUILD=1         serve the dist/ that is already there instead of building again.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built game, ending in a slash, e.g. `http://127.0.0.1:40123/`. */
    baseURL: string;
  }
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const distDir = join(projectRoot, 'dist');

/** Content types by file extension; anything else is served as application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.webm': 'audio/webm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * Builds the game into dist/ with `vite build` in a child process, so the build runs with its own
 * production environment rather than inheriting vitest's NODE_ENV=test.
 * @throws if the build fails, with vite's output in the message
 */
export async function buildApp(): Promise<void> {
  const env = { ...process.env };
  delete env['NODE_ENV'];
  delete env['VITEST'];
  const vite = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) throw new Error(`vite build failed (exit ${code}):\n${output}`);
  if (output.trim()) console.warn(`[e2e] vite build said:\n${output.trim()}`);
}

/**
 * Serves the files under `dir` over HTTP on 127.0.0.1 at a free port: GET and HEAD only,
 * `index.html` for a path ending in `/`, 404 for anything missing or outside `dir`.
 * @param dir folder to serve, or a function naming it at each request (to switch versions)
 * @returns the server and its address (ending in `/`)
 */
export async function startStaticServer(dir: string | (() => string)): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const rootDir = resolve(typeof dir === 'string' ? dir : dir());
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
        return;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      } catch {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Bad request\n');
        return;
      }
      if (pathname.endsWith('/')) pathname += 'index.html';
      const file = join(rootDir, normalize(pathname));
      const inside = file.startsWith(rootDir + sep) && !pathname.includes('\0');
      const info = inside ? await stat(file).catch(() => null) : null;
      if (!info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Not found\n');
        return;
      }
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': 'no-store',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}

/**
 * Vitest global setup for the e2e project: build, serve, provide `baseURL`.
 * @param project the e2e test project, used to provide the address to the tests
 * @returns teardown that stops the server
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env['E2E_BASE_URL'];
  if (external) {
    project.provide('baseURL', external.endsWith('/') ? external : `${external}/`);
    return async () => {};
  }
  const started = performance.now();
  if (process.env['E2E_SKIP_BUILD'] !== '1' || !existsSync(join(distDir, 'index.html'))) {
    await buildApp();
  }
  const { server, url } = await startStaticServer(distDir);
  project.provide('baseURL', url);
  process.env['E2E_BASE_URL'] = url;
  console.log(`[e2e] serving dist/ at ${url} (ready in ${Math.round(performance.now() - started)} ms)`);
  return async () => {
    delete process.env['E2E_BASE_URL'];
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  };
}
