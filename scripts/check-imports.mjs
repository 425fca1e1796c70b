#!/usr/bin/env node
// What each command pulls in before any `import()`, from esbuild's metafile of dist/cli.cjs. The
// build fails when the CLI script contains zod or yaml at all (they live in dist/kb.cjs), or when
// the start-up path or a command statically reaches chalk or cli-table3 (text renderers load them).
//
//   node scripts/check-imports.mjs     after a build: the table for every command
import { readFileSync } from 'node:fs';

const NEVER_IN_CLI = ['zod', 'yaml'];
const LAZY = ['chalk', 'cli-table3'];

function packageOf(path) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  return m ? m[1] : undefined;
}

/** Every input reachable from `root` through static imports, and their total size. */
function staticClosure(metafile, root) {
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length > 0) {
    const input = metafile.inputs[queue.shift()];
    for (const imp of input?.imports ?? []) {
      if (imp.external || imp.kind === 'dynamic-import' || seen.has(imp.path)) continue;
      seen.add(imp.path);
      queue.push(imp.path);
    }
  }
  const bytes = [...seen].reduce((sum, p) => sum + (metafile.inputs[p]?.bytes ?? 0), 0);
  const packages = [...new Set([...seen].map(packageOf).filter(Boolean))].sort();
  return { modules: seen.size, bytes, packages };
}

function roots(metafile) {
  return Object.keys(metafile.inputs).filter((p) => p === 'src/build/bundle-entry.ts' || /^src\/commands\/[^/]+\.ts$/.test(p));
}

/** Problems found in the metafile of dist/cli.cjs; empty when the layout is as intended. */
export function checkImports(metafile) {
  const problems = [];
  const inCli = new Set(Object.keys(metafile.inputs).map(packageOf).filter(Boolean));
  for (const name of NEVER_IN_CLI) if (inCli.has(name)) problems.push(`dist/cli.cjs contains ${name}; only dist/kb.cjs may (import it from src/kb/load.ts or json-schema.ts)`);
  for (const root of roots(metafile)) {
    const bad = staticClosure(metafile, root).packages.filter((p) => LAZY.includes(p));
    if (bad.length > 0) problems.push(`${root} statically imports ${bad.join(', ')}; load it with import() where it is used`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const metafile = JSON.parse(readFileSync(new URL('../.build/meta.json', import.meta.url), 'utf8'));
  for (const root of roots(metafile)) {
    const c = staticClosure(metafile, root);
    process.stdout.write(`${root.padEnd(30)} ${String(c.modules).padStart(4)} modules ${(c.bytes / 1024).toFixed(0).padStart(5)} KB  ${c.packages.join(' ') || '-'}\n`);
  }
  const problems = checkImports(metafile);
  for (const p of problems) process.stdout.write(`PROBLEM: ${p}\n`);
  if (problems.length > 0) process.exitCode = 1;
}
