// Build: bundle the CLI into dist/ (one entry, lazily loaded chunks per command), then compile
// the bundled knowledge into a validated JSON snapshot that queries read instead of YAML.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

// yaml and commander ship CommonJS; an ESM bundle needs a real `require` for their node: imports.
const banner = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts', 'write-snapshot': 'src/build/write-snapshot.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: banner },
  legalComments: 'none',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['dist/write-snapshot.js'], { stdio: 'inherit' });
