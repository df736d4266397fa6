import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/**
 * Bundles one of this folder's page-side entries as a single script (an IIFE that defines
 * `globalName`) in a new temporary folder, and gives the script's path. The extraction code it
 * pulls in reads WXT's build constants, which Vite defines here as for the Chrome build.
 */
export async function bundleForPage(entryFile: string, globalName: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'folio-bench-'));
  await build({
    configFile: false,
    logLevel: 'error',
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
    build: {
      outDir,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, entryFile),
        formats: ['iife'],
        name: globalName,
        fileName: () => 'page.js',
      },
    },
  });
  return join(outDir, 'page.js');
}
