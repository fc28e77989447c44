import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: {
    // In development the API runs separately (npm start); the built dashboard is served by the API itself.
    proxy: { "/graphql": "http://127.0.0.1:4000" },
  },
  build: {
    sourcemap: true,
    // Read by scripts/reportBundleSize.ts to tell the initial load from the pages loaded later.
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
});
