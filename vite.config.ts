// Build configuration: one static site in dist/ with relative paths, so it runs from any static server.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { cspPlugin } from './scripts/csp.js';
import { levelCheckPlugin } from './scripts/level-check-plugin.js';

/** Packages that load after the first screen: never put into the vendor chunk the menu needs. */
const LATER = ['workbox-window', 'howler', 'zod', 'jsonc-parser'];

export default defineConfig({
  base: './',
  plugins: [
    // A Content-Security-Policy meta tag in index.html.
    cspPlugin(),
    // Every shipped scenario passes the schema, or the build stops.
    levelCheckPlugin(fileURLToPath(new URL('./levels', import.meta.url))),
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
      output: {
        // Phaser in a chunk of its own, loaded after the menu (see src/main.ts). Other packages share
        // one vendor chunk, except the Thai and Khmer faces: their CSS stays in the chunks that
        // load with those languages, so a player who never switches never downloads the fonts.
        manualChunks(id: string) {
          if (id.includes('node_modules/phaser')) return 'phaser';
          if (id.includes('node_modules/@fontsource')) return undefined;
          // Packages loaded after the first screen (Workbox's page side, howler at the first
          // gesture, the schema library with a teacher's file) keep chunks of their own.
          if (LATER.some((name) => id.includes(`node_modules/${name}/`))) return undefined;
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
