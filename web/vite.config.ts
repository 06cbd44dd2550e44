import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// `npm run dev:web` serves the app with hot reload and hands every server path to the platform
// (`npm start`, port 3000); `npm run build:web` writes web/dist, which the platform serves itself.
const platform = 'http://localhost:3000'

export default defineConfig({
  plugins: [react()],
  // The manifest (dist/.vite/manifest.json, not served) tells the bench which chunks a page loads.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    manifest: true,
  },
  server: {
    proxy: {
      '/api': platform,
      '/auth': platform,
      '/oidc': platform,
      // The interaction page itself is this app; its JSON calls belong to the platform.
      '^/sso/interaction/[^/]+/.+': platform,
    },
  },
})
