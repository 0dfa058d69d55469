// Build configuration: one static site in dist/ with relative paths, so it runs from any static server.
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/csp.js';
import { offlineWorkerPlugin } from './scripts/offline-worker.js';

export default defineConfig({
  base: './',
  // A Content-Security-Policy meta tag, and sw.js precaching the build for offline play.
  plugins: [cspPlugin(), offlineWorkerPlugin()],
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
          // Class-only packages stay out of the vendor chunk the solo game loads.
          if (/node_modules\/(colyseus\.js|@colyseus|lit-html|ws|tslib)\//.test(id)) return 'class-vendor';
          if (id.includes('node_modules')) return 'vendor';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
