import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { webAliases } from './web-aliases.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where the API runs in development; `npm run dev` proxies /api and /oidc to it. */
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  resolve: { alias: webAliases },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: { port: 4173, proxy: { '/api': { target: apiTarget } } },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    target: 'es2022',
    // Initial JS budget is 300 KB gzip: routes are split with React.lazy (see bundle report of `vite build`).
  },
});
