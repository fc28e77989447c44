import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { routePreloads } from "./build/routePreloads.ts";

export default defineConfig({
  plugins: [react(), routePreloads()],
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
