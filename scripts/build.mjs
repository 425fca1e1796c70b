// Build: bundle the CLI into two classic scripts, compile the bundled knowledge into a validated
// JSON snapshot, then save V8 code caches for both scripts (all measured, see README "Performance").
//
// - dist/cli.cjs: the CLI and the queries. `import()` of our own modules becomes a lazy
//   initialiser inside the script, so a command runs only the code it uses.
// - dist/kb.cjs: the YAML + zod pipeline (src/kb/load.ts, json-schema.ts), about two thirds of
//   the code; read and compiled only by `validate`, `schema` and runs with packs.
// - dist/*.cache: V8 code caches, written by scripts/write-code-cache.mjs. Classic scripts, not
//   ES modules, because Node 20 can cache compiled code only for vm.Script. Each script ends
//   with a build stamp (the sha256 of its text) that its cache repeats, so the launcher pairs
//   them by content: file times change with `npm install`, `git clone` and `cp -r`.
// - dist/knowledge.snapshot.json: the bundled knowledge, validated (src/build/write-snapshot.ts).
// - .build/meta.json: esbuild's metafile of dist/cli.cjs (not shipped); the build fails if the CLI
//   script holds zod or yaml, or a command statically imports chalk or cli-table3
//   (scripts/check-imports.mjs).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { checkImports } from './check-imports.mjs';

rmSync('dist', { recursive: true, force: true });
const patches = patchDependencies();

/**
 * Each script is one function expression, (exports, require, module, __filename, __dirname,
 * loadScript) => …, which bin/gptlineage.js compiles with vm.Script and calls. No import() may
 * remain: a vm.Script has no module loader.
 */
const scriptOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__gptlineageModuleUrl' },
  banner: { js: "(function (exports, require, module, __filename, __dirname, __gptlineageScript) {\n'use strict';\nvar __gptlineageModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  footer: { js: '})' },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyBuiltins(['node:crypto', 'node:child_process', 'node:os', 'node:tty']), patches.plugin],
};

/** In dist/cli.js, `import('…/kb/load.js')`, `import('…/kb/json-schema.js')` and `import('…/output/json-schema.js')` load dist/kb.js instead. */
const kbScript = {
  name: 'kb-script',
  setup(b) {
    b.onResolve({ filter: /\/(kb\/(load|json-schema)|output\/json-schema)\.js$/ }, (args) => (args.kind === 'dynamic-import' ? { path: 'kb', namespace: 'gptlineage-script' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'gptlineage-script' }, (args) => ({ contents: `module.exports = __gptlineageScript(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

/**
 * Node built-ins that a module requires at load time but uses rarely (crypto for the pack cache,
 * child_process in commander for executable subcommands, os for the home directory, tty for the
 * colour decision on a terminal, where Node has loaded it anyway): loading them costs up to ~2 ms
 * each on every start-up (tty with the net module it needs). They become objects whose
 * properties require the real module on first use.
 */
function lazyBuiltins(names) {
  return {
    name: 'lazy-builtins',
    setup(b) {
      const filter = new RegExp(`^(${names.join('|')})$`);
      b.onResolve({ filter }, (args) => (args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' }));
      b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, async (args) => {
        const keys = Object.keys(await import(args.path)).filter((k) => k !== 'default' && /^[A-Za-z_$][\w$]*$/.test(k));
        const getters = keys.map((k) => `  get ${k}() { return load().${k}; },`).join('\n');
        return { contents: `let real;\nconst load = () => (real ??= require(${JSON.stringify(args.path)}));\nmodule.exports = {\n${getters}\n};\n`, loader: 'js' };
      });
    },
  };
}

/**
 * Measured hot spots in dependencies, patched in the bundle only (the build fails if a patch no
 * longer applies or its file was never bundled, so an upgrade is noticed). Behaviour is unchanged.
 */
function patchDependencies() {
  const patches = [
    {
      // cli-table3 measures every cell through string-width → strip-ansi, which builds a new
      // RegExp per call: ~20 ms for one `search` table. A global regex is safe with replace().
      // Only cli-table3's copy (6.x): strip-ansi 7, which width.ts uses, builds its regex once already.
      file: /node_modules\/cli-table3\/node_modules\/strip-ansi\/index\.js$/,
      edits: [
        {
          from: "module.exports = string => typeof string === 'string' ? string.replace(ansiRegex(), '') : string;",
          to: "const pattern = ansiRegex();\nmodule.exports = string => typeof string === 'string' ? string.replace(pattern, '') : string;",
        },
      ],
    },
    {
      // string-width 8 (the top-level copy; cli-table3 keeps 4) builds two things when its module
      // loads that most output never needs, together a third of the query bundle's start-up:
      // /^\p{RGI_Emoji}$/v (~20 ms), built here on the first cluster holding an emoji code point
      // (\p{Emoji}, 0.03 ms to build), which every RGI emoji sequence does; and an Intl.Segmenter
      // (8–13 ms), built on the first string to segment. Like the rest of this script, run from the
      // root. esbuild loads the real path, which differs when node_modules is a symlink.
      file: new RegExp(`^${realpathSync('node_modules/string-width/index.js').replace(/[^\w/]/g, '\\$&')}$`),
      edits: [
        {
          from: 'const segmenter = new Intl.Segmenter();\n',
          to: 'let realSegmenter;\nconst segmenter = { segment: (text) => (realSegmenter ??= new Intl.Segmenter()).segment(text) };\n',
        },
        {
          // V8 builds a class of Unicode properties when the regex is created: 0.8 ms at load for
          // these two. Built on first use instead (both are used through test() and search()).
          from: 'const visibleCharacterRegex = /[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]/v;\nconst spacingMarkRegex = /\\p{Spacing_Mark}/v;',
          to: "const lazyRegex = (source) => {\n  let real;\n  const get = () => (real ??= new RegExp(source, 'v'));\n  return { test: (s) => get().test(s), [Symbol.search]: (s) => get()[Symbol.search](s) };\n};\nconst visibleCharacterRegex = lazyRegex('[^\\\\p{Default_Ignorable_Code_Point}\\\\p{Control}\\\\p{Format}\\\\p{Nonspacing_Mark}\\\\p{Enclosing_Mark}\\\\p{Surrogate}]');\nconst spacingMarkRegex = lazyRegex('\\\\p{Spacing_Mark}');",
        },
        {
          from: 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
          to: "let rgiEmojiPattern;\nconst emojiCodePoint = /\\p{Emoji}/u;\nconst rgiEmojiRegex = { test: (segment) => emojiCodePoint.test(segment) && (rgiEmojiPattern ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(segment) };",
        },
      ],
    },
  ];
  const applied = new Set();
  const plugin = {
    name: 'patch-dependencies',
    setup(b) {
      for (const patch of patches) {
        b.onLoad({ filter: patch.file }, async (args) => {
          applied.add(patch);
          let source = await readFile(args.path, 'utf8');
          for (const { from, to } of patch.edits) {
            if (!source.includes(from)) throw new Error(`patch for ${args.path} no longer applies; re-measure and update scripts/build.mjs`);
            source = source.replace(from, () => to);
          }
          return { contents: source, loader: 'js' };
        });
      }
    },
  };
  return { plugin, unapplied: () => patches.filter((p) => !applied.has(p)).map((p) => `patch for ${p.file} matched no bundled file`) };
}

/**
 * Escape what esbuild leaves outside ASCII (characters in regex literals and comments; it escapes
 * strings and templates itself). One such character makes V8 hold the whole script as two bytes
 * per character and decode it more slowly: dist/cli.cjs took 1.7 ms to read with two of them.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  // By UTF-16 unit: a pair of surrogate escapes is the same character in a string or a regex.
  const ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

/** The build stamp bin/gptlineage.js reads back: the script's last line, fixed length. */
function stamp(file) {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
  appendFileSync(file, `// gptlineage-build ${hash}\n`);
}

const cli = await build({ ...scriptOptions, entryPoints: ['src/build/bundle-entry.ts'], outfile: 'dist/cli.cjs', metafile: true, plugins: [...scriptOptions.plugins, kbScript] });
mkdirSync('.build', { recursive: true });
writeFileSync('.build/meta.json', JSON.stringify(cli.metafile));
await build({ ...scriptOptions, entryPoints: ['src/build/kb-entry.ts'], outfile: 'dist/kb.cjs' });
asciiOnly('dist/cli.cjs');
asciiOnly('dist/kb.cjs');
stamp('dist/cli.cjs');
stamp('dist/kb.cjs');

await build({
  entryPoints: { 'write-snapshot': 'src/build/write-snapshot.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // yaml and commander ship CommonJS; an ESM bundle needs a real `require` for their node: imports.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
execFileSync(process.execPath, ['dist/write-snapshot.js'], { stdio: 'inherit' });
rmSync('dist/write-snapshot.js');

// In a fresh process, like a real run: compile, exercise the common paths, save the code caches.
execFileSync(process.execPath, ['scripts/write-code-cache.mjs'], { stdio: 'inherit' });

const problems = [...patches.unapplied(), ...checkImports(cli.metafile)];
for (const p of problems) process.stderr.write(`build: ${p}\n`);
if (problems.length > 0) process.exitCode = 1;
