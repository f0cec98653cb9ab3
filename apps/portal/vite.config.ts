import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The portal is a static build (dist/); `server/serve.js` serves it with its runtime configuration. */
export default defineConfig({
  plugins: [react()],
  // React 19 is the portal's own (the gateway's GraphiQL keeps React 18 at the root): every library gets this one.
  resolve: { dedupe: ['react', 'react-dom'] },
  // The world map's chunk (ECharts and the borders) is large and loads after the page; test/bundle.test.ts holds the first load.
  build: { outDir: 'dist', sourcemap: false, target: 'es2022', assetsInlineLimit: 0, chunkSizeWarningLimit: 700 },
  server: { port: 5173, strictPort: true },
});
