// The README's `$ gptlineage …` examples, regenerated from the built command at 80 columns.
// A block is one or more excerpts of the output separated by "…" lines; each excerpt is re-taken
// from the line of the output that starts as it did, with as many lines as before.
// Usage: node scripts/readme-examples.mjs [--check]   (--check: exit 1 and list the drifted blocks)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BLOCK = /(^|\n)(<!-- not generated[^\n]*-->\n)?```\n\$ gptlineage ([^\n]*)\n([\s\S]*?)\n```/g;
const GAP = '…';

/** What the built command prints for `args` at 80 columns in a pipe, without colour. */
export function runExample(args) {
  const argv = args.match(/"[^"]*"|\S+/g).map((a) => a.replace(/^"|"$/g, ''));
  try {
    return execFileSync(process.execPath, [join(root, 'bin/gptlineage.js'), ...argv, '--no-pager'], {
      cwd: root, env: { ...process.env, COLUMNS: '80', NO_COLOR: '1', GPTLINEAGE_KB: '' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    }).replace(/\n$/, '');
  } catch (e) {
    return `${e.stdout ?? ''}${e.stderr ?? ''}`.replace(/\n$/, '');
  }
}

/** The block's text as it would be regenerated from `output`. */
export function regenerate(body, output) {
  const out = output.split('\n');
  const parts = body.split('\n').reduce((acc, line) => (line === GAP ? acc.push(GAP, []) : acc.at(-1).push(line), acc), [[]]);
  let from = 0;
  return parts.map((p, n) => {
    if (p === GAP || p.length === 0) return p === GAP ? GAP : null;
    const lead = p[0].slice(0, 16);
    const at = out.findIndex((l, i) => i >= from && l.startsWith(lead));
    const start = at < 0 ? from : at;
    // An excerpt that ends the block runs to the end of its section (the next blank line).
    const blank = out.findIndex((l, i) => i >= start && l === '');
    const end = n === parts.length - 1 && parts.length > 1 ? (blank < 0 ? out.length : blank) : start + p.length;
    from = end;
    return out.slice(start, end).join('\n');
  }).filter((p) => p !== null).join('\n');
}

/** Every generated example of the README: its command, its text now and as regenerated. */
export function readmeExamples(readme) {
  return [...readme.matchAll(BLOCK)].filter((m) => !m[2]).map((m) => ({ args: m[3], body: m[4], fresh: regenerate(m[4], runExample(m[3])) }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const drifted = readmeExamples(readme).filter((x) => x.body !== x.fresh);
  if (process.argv.includes('--check')) {
    for (const x of drifted) console.error(`README example drifted: gptlineage ${x.args}`);
    process.exit(drifted.length > 0 ? 1 : 0);
  }
  let next = readme;
  for (const x of drifted) next = next.replace(`$ gptlineage ${x.args}\n${x.body}\n\`\`\``, `$ gptlineage ${x.args}\n${x.fresh}\n\`\`\``);
  writeFileSync(path, next);
  console.log(`${drifted.length} README example(s) regenerated`);
}
