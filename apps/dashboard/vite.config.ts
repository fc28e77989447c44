import { constants } from "node:zlib";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";
import { routePreloads } from "./build/routePreloads.ts";

export default defineConfig({
  plugins: [
    react(),
    routePreloads(),
    // Compressed once here, at the highest settings, rather than for every visit by the API:
    // Brotli at quality 11 is a seventh smaller than the API's own quality 4 and too slow to do
    // per request. index.html is left out: the API adds each page's preloads to it as it serves.
    compression({
      algorithms: [
        defineAlgorithm("brotliCompress", { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm("gzip", { level: 9 }),
      ],
      include: /\.(js|css|svg)$/,
    }),
  ],
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
