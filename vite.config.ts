// Build configuration: one static site in dist/ with relative paths, so it runs from any static server.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { cspPlugin } from './scripts/csp.js';
import { levelCheckPlugin } from './scripts/level-check-plugin.js';
import { CLASS_PAGES, classOnlyPlugin } from './scripts/class-only-files.js';
import { preloadLevelPlugin } from './scripts/preload-level.js';

/** Files only the class pages reach, filled during each build and left out of the solo precache. */
const classOnly = new Set<string>();

/** Packages that load after the first screen: never put into the vendor chunk the menu needs. */
const LATER = ['workbox-window', 'howler', 'zod', 'jsonc-parser', 'immer', 'pure-rand'];

export default defineConfig({
  base: './',
  plugins: [
    // A Content-Security-Policy meta tag in index.html.
    cspPlugin(),
    // Every shipped scenario passes the schema, or the build stops.
    levelCheckPlugin(fileURLToPath(new URL('./levels', import.meta.url))),
    classOnlyPlugin(classOnly),
    // The scenario the menu opens with (the first of LEVEL_IDS), fetched beside the game's code.
    preloadLevelPlugin('chong-bok-2025'),
    // sw.js (Workbox) precaches every file of the build with a revision, so the installed game
    // plays with no network. A new version installs beside the old one and waits: the page says
    // so (src/platform/updates.ts) and swaps only when the player reloads, never under an open page.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      filename: 'sw.js',
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,webmanifest,svg,png,woff2,wav,ogg,mp3,webm}'],
        // Phaser's chunk is about 1.4 MB; the default limit (2 MiB) leaves little room.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The class pages and the chunks only they reach are not the solo game's: never precached.
        globIgnores: CLASS_PAGES,
        manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => !classOnly.has(e.url)), warnings: [] })],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first worker takes the page it was installed from, so a first visit is already
        // offline-ready; a later one waits for the player's reload (no skipWaiting).
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // The class pages are entries of their own: the solo game (index.html) never loads their code.
      input: { index: 'index.html', class: 'class.html', teacher: 'teacher.html' },
      output: {
        // Phaser in a chunk of its own, loaded after the menu (see src/main.ts). Other packages share
        // one vendor chunk, except the Thai and Khmer faces: their CSS stays in the chunks that
        // load with those languages, so a player who never switches never downloads the fonts.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          if (id.includes('node_modules/@fontsource')) return undefined;
          // Class-only packages (the Colyseus client) stay out of the vendor chunk the solo game loads.
          if (/node_modules\/(colyseus\.js|@colyseus|ws|tslib)\//.test(id)) return 'class-vendor';
          // Packages loaded after the first screen (Workbox's page side, howler at the first
          // gesture, the schema library with a teacher's file, immer and pure-rand with the rules engine) keep
          // chunks of their own.
          if (LATER.some((name) => id.includes(`node_modules/${name}/`))) return undefined;
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
