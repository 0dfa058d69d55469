// The single-file build (`npm run build:single`): dist-single/index.html with every script, style,
// scenario and sound inlined, so the game runs from file:// (a USB stick, an LMS upload) with no
// server and no network. No service worker here; the CSP allows the inlined code by hash.
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { singleFileCspPlugin } from './scripts/csp.js';

export default defineConfig({
  base: './',
  mode: 'single',
  plugins: [viteSingleFile({ removeViteModuleLoader: true }), singleFileCspPlugin()],
  build: {
    outDir: 'dist-single',
    emptyOutDir: true,
    copyPublicDir: false,
    assetsInlineLimit: () => true,
    chunkSizeWarningLimit: 10_000,
  },
});
