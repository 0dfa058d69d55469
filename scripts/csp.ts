// The Content-Security-Policy of the built game, added as a <meta> tag at build time (the dev
// server injects styles inline for hot reload, so it runs without one). Nothing may load from
// another origin; no eval; no inline script or style, except in the single-file build, where the
// inlined bundle and stylesheet are allowed by their SHA-256 hashes (never 'unsafe-inline').
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** The policy's directives; `extra` adds sources (the single-file build's hashes). */
export function policy(extra: { script?: string[]; style?: string[] } = {}): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(extra.script ?? [])],
    'style-src': ["'self'", ...(extra.style ?? [])],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'data:', 'blob:'],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives).map(([k, v]) => `${k} ${v.join(' ')}`).join('; ');
}

const meta = (content: string) => `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Adds the CSP meta as the first element of <head> of the built index.html. */
export function cspPlugin(): Plugin {
  return {
    name: 'asean-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/<head>/i, `<head>\n    ${meta(policy())}`) },
  };
}

/**
 * For the single-file build, once index.html is written with everything inlined: hashes each inline
 * <script> and <style> into the policy, inlines the icon as a data URI (HTML-referenced files are
 * not inlined by the bundler) and drops the manifest link (a file:// page cannot be installed).
 */
export function singleFileCspPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'asean-csp-single',
    apply: 'build',
    enforce: 'post',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    writeBundle() {
      const page = join(outDir, 'index.html');
      let html = readFileSync(page, 'utf8')
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '')
        .replace(/<link rel="manifest"[^>]*>\s*/i, '');
      html = html.replace(/(<link rel="icon"[^>]*href=")\.\/([^"]+\.svg)"/i, (whole, head: string, file: string) => {
        const path = join(outDir, file);
        if (!existsSync(path)) return whole;
        const uri = `data:image/svg+xml;base64,${readFileSync(path).toString('base64')}`;
        rmSync(path);
        return `${head}${uri}"`;
      });
      const script = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => sha256(m[1] ?? ''));
      const style = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1] ?? ''));
      writeFileSync(page, html.replace(/<head>/i, `<head>\n    ${meta(policy({ script, style }))}`));
    },
  };
}
