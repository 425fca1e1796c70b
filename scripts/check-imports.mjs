#!/usr/bin/env node
// Which modules each command pulls in statically (before any `import()`), from esbuild's metafile.
// The build fails if the start-up path or a query command statically reaches a heavy dependency:
// zod and yaml belong to validation, chalk and cli-table3 to the text renderers (loaded lazily).
//
//   node scripts/check-imports.mjs     after a build: the table for every command
import { readFileSync } from 'node:fs';

const HEAVY = ['zod', 'yaml', 'cli-table3', 'chalk', 'commander'];
/** Dependencies each root may reach statically. */
const ALLOWED = { 'src/build/bundle-entry.ts': ['commander'], 'src/commands/validate.ts': [], 'src/commands/schema.ts': [] };

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

/** Problems: a root that statically reaches a heavy dependency it should load lazily. */
export function checkImports(metafile) {
  const problems = [];
  for (const root of roots(metafile)) {
    const { packages } = staticClosure(metafile, root);
    const allowed = ALLOWED[root] ?? [];
    const bad = packages.filter((p) => HEAVY.includes(p) && !allowed.includes(p));
    if (bad.length > 0) problems.push(`${root} statically imports ${bad.join(', ')}; load it with import() where it is used`);
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const metafile = JSON.parse(readFileSync(new URL('../dist/meta.json', import.meta.url), 'utf8'));
  for (const root of roots(metafile)) {
    const c = staticClosure(metafile, root);
    process.stdout.write(`${root.padEnd(30)} ${String(c.modules).padStart(4)} modules ${(c.bytes / 1024).toFixed(0).padStart(5)} KB  ${c.packages.join(' ') || '-'}\n`);
  }
  const problems = checkImports(metafile);
  for (const p of problems) process.stdout.write(`PROBLEM: ${p}\n`);
}
