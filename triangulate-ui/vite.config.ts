import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * vis-timeline's standalone build injects its CSS as <style> elements, which a strict
 * Content-Security-Policy refuses; we import the same CSS as a file instead (see timeline.ts).
 */
function noStyleInjection(): Plugin {
  return {
    name: 'triangulate-no-style-injection',
    transform(code, id) {
      if (!id.includes('vis-timeline')) return null;
      const patched = code.replace('function styleInject(css, ref) {', 'function styleInject(css, ref) { return;');
      return patched === code ? null : { code: patched, map: null };
    },
  };
}

export default defineConfig({
  // Relative asset paths: the server may mount the UI anywhere; routing uses the hash.
  base: './',
  plugins: [noStyleInjection()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No data: URIs (a strict CSP's img-src 'self' refuses them) and no inline preload polyfill.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
