/**
 * Builds the dashboard (src/web) into dist/web, which `readout serve` serves from memory.
 * Preact's JSX is compiled by Vite's own transformer (Oxc in Vite 8; the older `esbuild.jsx`
 * options are converted to exactly these), so no framework plugin is needed.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // `npx vite --config src/web/vite.config.ts` for development, beside `readout serve --port 7320`
  server: { proxy: { '/api': 'http://127.0.0.1:7320', '/openapi.json': 'http://127.0.0.1:7320' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // the CSP allows only same-origin scripts: never inline the module preload polyfill
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
