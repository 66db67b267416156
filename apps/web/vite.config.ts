import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the Fastify server runs on :3000; proxying keeps the app same-origin
// so the session cookie and CSRF header work exactly as in production.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/dev': 'http://localhost:3000',
    },
  },
});
