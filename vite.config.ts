import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = new URL('./src/web', import.meta.url).pathname;

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: new URL('./dist/web', import.meta.url).pathname,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
