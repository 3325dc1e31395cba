// The editor's build: React + Tailwind, rooted at web/, written to web/dist (served by PageHub itself, see
// src/http/web-app.ts). `npm run build:web` builds it; `npm start` does when web/dist is missing or stale.
// For hot reloading, run `npx vite web` next to `npm start`: the dev server sends /api to PageHub on :8080.
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webDirectory = fileURLToPath(new URL('.', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webDirectory,
  plugins: [react(), tailwindcss()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 900 },
  server: {
    // The app imports the pure areas of the server's source (src/site, src/render, src/ai/offline).
    fs: { allow: [repositoryRoot] },
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
});
