#!/usr/bin/env node
// Generate a large, valid knowledge pack for benchmarks: N models in families of lineages, with
// derivations, capabilities, exhibits/origin/effect claims with evidence, sources, methods,
// open questions and errata, in roughly the proportions of the bundled knowledge. Deterministic:
// the same --models and --seed give byte-identical files (a seeded PRNG, never Math.random).
//
//   node scripts/generate-pack.mjs --models 10000 --out .bench/packs/gen-10k [--seed 1]
//
// Every id starts with `gen-`, so a pack never collides with the bundled knowledge. Files are
// split by section into chunks of about 256 KB (the loader refuses files over 8 MB or 200,000
// YAML tokens). The pack directory also gets manifest.json (counts, bytes, and the ids that
// benchmarks query).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const GENERATOR_VERSION = 1;
// Well under the loader's caps (8 MB and 200,000 YAML tokens per file; a token is about 3 bytes here).
const CHUNK_BYTES = 256 * 1024;

const CONFIDENCE = [['established', 30], ['likely', 40], ['hypothesis', 20], ['speculative', 8], ['open', 2]];
const STRONG_KINDS = ['experiment', 'documentation', 'observation', 'data-volume', 'correlation'];
const ALL_KINDS = [...STRONG_KINDS, 'argument', 'anecdote'];
const SOURCE_KINDS = [['paper', 40], ['blog-post', 20], ['documentation', 15], ['web-page', 10], ['code-repository', 5], ['talk', 5], ['social-post', 5]];
const LEVELS = ['none', 'weak', 'present', 'strong'];
const MECHANISMS = [['injected', 40], ['unlocked', 35], ['by-product', 20], ['traded', 5]];
const DIRECTIONS = [['raises', 55], ['lowers', 30], ['restores', 15]];
const WORDS = ('scaling instruction code dialogue reasoning alignment retrieval sparse dense mixture expert distilled ' +
  'multilingual long context tuned preference reward chat base small large open research vision speech math').split(' ');

/** sfc32, seeded through splitmix32: small, fast, and the same on every platform. */
function createRandom(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[int(list.length)],
    weighted: (pairs) => {
      const total = pairs.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of pairs) if ((r -= w) < 0) return value;
      return pairs[pairs.length - 1][0];
    },
  };
}

const pad = (n, width) => String(n).padStart(width, '0');
const q = (s) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const monthText = (m) => `${2015 + Math.floor(m / 12)}-${pad((m % 12) + 1, 2)}`;

/** Build the pack in memory: plain entity objects per section, plus the ids benchmarks query. */
export function generatePack(models, seed = 1) {
  const rnd = createRandom(seed * 1000003 + models);
  const w = String(models).length;
  const counts = {
    sources: Math.max(20, Math.round(models * 0.4)),
    methods: Math.max(10, Math.round(models / 50)),
    capabilities: Math.max(12, Math.round(Math.sqrt(models))),
    familySize: Math.max(8, Math.round(Math.sqrt(models))),
  };
  const sourceIds = Array.from({ length: counts.sources }, (_, i) => `gen-src-${pad(i + 1, w)}`);
  const methodIds = Array.from({ length: counts.methods }, (_, i) => `gen-method-${pad(i + 1, 4)}`);
  const capabilityIds = Array.from({ length: counts.capabilities }, (_, i) => `gen-cap-${pad(i + 1, 4)}`);
  let nextSource = 0; // round-robin share of citations, so every source is cited
  const citeSource = () => (rnd.chance(0.7) ? sourceIds[nextSource++ % sourceIds.length] : rnd.pick(sourceIds));
  const phrase = (n) => Array.from({ length: n }, () => rnd.pick(WORDS)).join(' ');

  const evidence = (confidence) => {
    const list = Array.from({ length: 1 + (rnd.chance(0.35) ? 1 : 0) }, () => ({
      source: citeSource(),
      ...(rnd.chance(0.6) ? { locator: `§${1 + rnd.int(9)}.${1 + rnd.int(5)}` } : {}),
      stance: rnd.weighted([['supports', 85], ['qualifies', 10], ['contradicts', 5]]),
      kind: rnd.pick(ALL_KINDS),
      note: `${phrase(6)}.`,
    }));
    // `established` rests on at least one strong, supporting piece (rule WEAK_ESTABLISHED).
    if (confidence === 'established') Object.assign(list[0], { stance: 'supports', kind: rnd.pick(STRONG_KINDS) });
    return list;
  };

  const sources = sourceIds.map((id, i) => {
    const kind = rnd.weighted(SOURCE_KINDS);
    const year = 2015 + rnd.int(11);
    return {
      id,
      kind,
      title: `${phrase(5)} (${i + 1})`,
      ...(kind === 'paper' ? { authors: Array.from({ length: 1 + rnd.int(3) }, () => `${rnd.pick(WORDS)} ${rnd.pick(WORDS)}`) } : {}),
      year,
      ...(kind === 'paper' && rnd.chance(0.7) ? { arxiv: `${pad(year % 100, 2)}${pad(1 + rnd.int(12), 2)}.${pad(rnd.int(100000), 5)}` } : { url: `https://example.org/gen/${id}` }),
      ...(rnd.chance(0.3) ? { verification: rnd.pick(['confirmed', 'secondary', 'unconfirmed']) } : {}),
    };
  });

  const methods = methodIds.map((id, i) => ({
    id,
    name: `${phrase(2)} method ${i + 1}`,
    ...(i > 5 && rnd.chance(0.3) ? { variantOf: methodIds[rnd.int(i)] } : {}),
    ...(rnd.chance(0.5) ? { description: `${phrase(8)}.` } : {}),
    sources: [{ source: citeSource() }],
  }));

  const capabilities = capabilityIds.map((id, i) => ({
    id,
    name: `${phrase(2)} capability ${i + 1}`,
    ...(rnd.chance(0.2) ? { aliases: [`gencap${i + 1}`] } : {}),
    kind: rnd.chance(0.85) ? 'ability' : 'limitation',
    ...(rnd.chance(0.5) ? { description: `${phrase(10)}.` } : {}),
    ...(i > 0 && rnd.chance(0.3) ? { related: [capabilityIds[rnd.int(i)]] } : {}),
  }));

  // Models in families: each family is a lineage DAG grown from one pretrained root; parents are
  // recent family members (deep chains), sometimes two (merges) or one from an older family.
  const modelList = [];
  const derivations = [];
  const claims = [];
  const month = new Map();
  const depth = new Map();
  const firstParent = new Map();
  const families = [];
  let claimNo = 0;
  let derivationNo = 0;
  const claimId = () => `gen-claim-${pad(++claimNo, w + 1)}`;
  const derivationId = () => `gen-d-${pad(++derivationNo, w + 1)}`;

  for (let i = 0; i < models; i++) {
    const id = `gen-m-${pad(i + 1, w)}`;
    if (i % counts.familySize === 0) families.push([]);
    const family = families[families.length - 1];
    const familyNo = families.length;
    const parents = [];
    if (family.length > 0) {
      parents.push(family[Math.max(0, family.length - 1 - rnd.int(3))]);
      if (rnd.chance(0.08) && family.length > 2) parents.push(family[rnd.int(family.length - 1)]);
      if (rnd.chance(0.02) && families.length > 1) parents.push(rnd.pick(families[rnd.int(families.length - 1)]));
    }
    const unique = [...new Set(parents)];
    const released = unique.length === 0 ? rnd.int(96) : Math.max(...unique.map((p) => month.get(p))) + rnd.int(3);
    month.set(id, released);
    depth.set(id, unique.length === 0 ? 0 : 1 + Math.max(...unique.map((p) => depth.get(p))));
    if (unique.length > 0) firstParent.set(id, unique[0]);
    family.push(id);
    modelList.push({
      id,
      name: `Gen ${rnd.pick(WORDS)} ${i + 1}`,
      ...(rnd.chance(0.3) ? { aliases: [`genmodel${i + 1}`] } : {}),
      organisation: `Gen Lab ${1 + (familyNo % 97)}`,
      family: `gen family ${familyNo}`,
      ...(rnd.chance(0.5) ? { series: `series ${1 + rnd.int(20)}` } : {}),
      released: monthText(released),
      parameters: { value: (1 + rnd.int(500)) * 1e8, unit: 'parameters', ...(rnd.chance(0.3) ? { approximate: true } : {}) },
      ...(rnd.chance(0.5) ? { context: { value: 2 ** (10 + rnd.int(8)), unit: 'tokens' } } : {}),
      ...(rnd.chance(0.4) ? { openWeights: rnd.chance(0.5) } : {}),
      ...(rnd.chance(0.6) ? { sources: [{ source: citeSource(), ...(rnd.chance(0.5) ? { locator: `table ${1 + rnd.int(9)}` } : {}) }] } : {}),
      ...(rnd.chance(0.4) ? { description: `${phrase(9)}.` } : {}),
    });

    const accounts = unique.length > 0 && rnd.chance(0.05) ? ['figure', 'text'] : [undefined];
    const ids = accounts.map(() => derivationId());
    const made = accounts.map((account, k) => {
      const confidence = rnd.weighted(CONFIDENCE);
      const from = k === 0 ? unique : unique.slice(0, 1);
      return {
        id: ids[k],
        ...(from.length > 0 ? { from } : {}),
        to: id,
        methods: rnd.chance(0.25) ? [rnd.pick(methodIds), rnd.pick(methodIds)].filter((m, j, a) => a.indexOf(m) === j) : [rnd.pick(methodIds)],
        ...(from.length > 1 && rnd.chance(0.5) ? { basis: 'recipe' } : {}),
        ...(account ? { account, competesWith: ids.filter((_, j) => j !== k) } : {}),
        ...(rnd.chance(0.3) ? { data: [{ what: `${phrase(3)} data`, amount: { value: (1 + rnd.int(900)) * 1e9, unit: 'tokens' }, source: citeSource() }] } : {}),
        ...(rnd.chance(0.4) ? { date: monthText(released) } : {}),
        confidence,
        evidence: evidence(confidence),
      };
    });
    derivations.push(...made);

    // Claims: explicit levels on about 1.4 capabilities per model, an origin on some edges,
    // effects of methods on others (bound to the derivation, or to the method alone).
    const exhibited = new Set();
    const nExhibits = unique.length === 0 ? 2 + rnd.int(2) : rnd.int(3);
    for (let k = 0; k < nExhibits; k++) {
      const capability = rnd.pick(capabilityIds);
      if (exhibited.has(capability)) continue;
      exhibited.add(capability);
      const confidence = rnd.weighted(CONFIDENCE);
      claims.push({
        id: claimId(),
        kind: 'exhibits',
        model: id,
        capability,
        level: rnd.pick(LEVELS),
        statement: `${id} shows ${capability} (${phrase(3)}).`,
        confidence,
        ...(rnd.chance(0.2) ? { authorsGrade: rnd.pick(['conclusion', 'strong-hypothesis', 'hypothesis', 'educated-guess']) } : {}),
        evidence: evidence(confidence),
      });
    }
    if (unique.length > 0 && rnd.chance(0.2)) {
      const confidence = rnd.weighted(CONFIDENCE);
      const mechanism = rnd.weighted(MECHANISMS);
      claims.push({
        id: claimId(),
        kind: 'origin',
        derivation: ids[0],
        capability: rnd.pick(capabilityIds),
        mechanism,
        ...(mechanism === 'traded' ? { tradedFor: rnd.pick(capabilityIds) } : {}),
        statement: `${ids[0]} brings a capability by ${mechanism}.`,
        confidence,
        evidence: evidence(confidence),
      });
    }
    if (unique.length > 0 && rnd.chance(0.5)) {
      const confidence = rnd.weighted(CONFIDENCE);
      const direction = rnd.weighted(DIRECTIONS);
      const byMethod = rnd.chance(0.1);
      const derivation = made[0];
      claims.push({
        id: claimId(),
        kind: 'effect',
        ...(byMethod ? { method: derivation.methods[0], model: id } : { derivation: ids[0] }),
        capability: rnd.pick(capabilityIds),
        direction,
        ...(rnd.chance(0.3) ? { level: rnd.pick(LEVELS) } : {}),
        statement: `${direction} a capability on ${id}.`,
        confidence,
        ...(claims.length > 10 && rnd.chance(0.03) ? { competesWith: [`gen-claim-${pad(claimNo - 1 - rnd.int(5), w + 1)}`] } : {}),
        evidence: evidence(confidence),
      });
    }
  }

  // The ids benchmarks query: the deepest model; a capability credited by an origin claim on
  // the derivation halfway up its first-parent chain; its ancestor at that point for diff.
  const deepest = modelList.reduce((best, m) => (depth.get(m.id) > depth.get(best) ? m.id : best), modelList[0].id);
  const chain = [deepest];
  while (firstParent.has(chain[chain.length - 1])) chain.push(firstParent.get(chain[chain.length - 1]));
  const middle = chain[Math.floor(chain.length / 2)];
  const traceCapability = capabilityIds[0];
  const middleDerivation = derivations.find((d) => d.to === middle).id;
  claims.push({
    id: claimId(),
    kind: 'origin',
    derivation: middleDerivation,
    capability: traceCapability,
    mechanism: 'unlocked',
    statement: `${middleDerivation} unlocks ${traceCapability}.`,
    confidence: 'likely',
    evidence: evidence('likely'),
  });

  const questions = Array.from({ length: Math.max(2, Math.round(models / 100)) }, (_, i) => ({
    id: `gen-q-${pad(i + 1, w)}`,
    question: `Why does ${rnd.pick(capabilityIds)} ${phrase(3)}?`,
    about: [rnd.pick(capabilityIds), claims[rnd.int(claims.length)].id],
    raisedBy: [{ source: citeSource() }],
    ...(rnd.chance(0.3) ? { status: 'partly-answered' } : {}),
  }));
  const errata = Array.from({ length: Math.max(1, Math.round(models / 500)) }, (_, i) => {
    const trusted = rnd.int(2);
    return {
      id: `gen-erratum-${pad(i + 1, w)}`,
      about: [modelList[rnd.int(modelList.length)].id],
      readings: [0, 1].map((k) => ({ source: citeSource(), says: `released ${phrase(2)}`, ...(k === trusted ? { trusted: true } : {}) })),
    };
  });

  // Any source the round-robin missed is cited by one more piece of evidence.
  const cited = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) k === 'source' ? cited.add(v) : collect(v);
  };
  collect([methods, modelList, derivations, claims, questions, errata]);
  const uncited = sourceIds.filter((id) => !cited.has(id));
  uncited.forEach((source, i) => claims[i % claims.length].evidence.push({ source, stance: 'qualifies', kind: 'observation', note: 'also discussed here.' }));

  const sections = { sources, models: modelList, methods, derivations, capabilities, claims, questions, errata };
  const query = { traceCapability, traceModel: deepest, diff: [middle, deepest], depth: depth.get(deepest) };
  return { sections, query };
}

/** One entity as a YAML block-sequence item: scalars inline, lists of objects as flow mappings. */
function entityYaml(entity) {
  const lines = [];
  let first = true;
  for (const [key, value] of Object.entries(entity)) {
    const lead = first ? '  - ' : '    ';
    first = false;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object')) {
      lines.push(`${lead}${key}:`);
      for (const item of value) lines.push(`      - ${flow(item)}`);
    } else {
      lines.push(`${lead}${key}: ${flow(value)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value && typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
  if (typeof value === 'string') return /^[a-z][a-z0-9.-]*$/.test(value) && !['true', 'false', 'null', 'yes', 'no', 'on', 'off'].includes(value) ? value : q(value);
  return String(value);
}

/** Write the pack into `dir` (replacing it): YAML chunks per section, and manifest.json. */
export function writePack(dir, models, seed = 1) {
  const { sections, query } = generatePack(models, seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const files = [];
  for (const [section, entities] of Object.entries(sections)) {
    let part = 0;
    let chunk = [];
    let size = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const name = `${section}-${pad(++part, 3)}.yaml`;
      const text = `# Generated by scripts/generate-pack.mjs (models ${models}, seed ${seed}); do not edit.\n${section}:\n${chunk.join('')}`;
      writeFileSync(join(dir, name), text);
      bytes += Buffer.byteLength(text);
      files.push(name);
      chunk = [];
      size = 0;
    };
    for (const entity of entities) {
      const text = entityYaml(entity);
      chunk.push(text);
      size += text.length;
      if (size >= CHUNK_BYTES) flush();
    }
    flush();
  }
  const counts = Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.length]));
  const manifest = { generator: GENERATOR_VERSION, models, seed, files: files.length, bytes, counts, entities: Object.values(counts).reduce((a, b) => a + b, 0), query };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function parseArgs(argv) {
  const args = { models: 1000, seed: 1, out: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--models') args.models = parseSize(value());
    else if (flag === '--seed') args.seed = Number(value());
    else if (flag === '--out') args.out = value();
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

/** "10k" → 10000, "1000" → 1000. */
export function parseSize(text) {
  const m = /^(\d+)(k?)$/i.exec(String(text).trim());
  if (!m) throw new Error(`not a model count: ${text}`);
  return Number(m[1]) * (m[2] ? 1000 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write('usage: node scripts/generate-pack.mjs --models 1k|10k|100k|N [--seed N] [--out DIR]\n');
  } else {
    const out = args.out ?? join('.bench', 'packs', `gen-${args.models}`);
    const started = performance.now();
    const m = writePack(out, args.models, args.seed);
    process.stdout.write(`${out}: ${m.entities} entities (${m.counts.models} models, ${m.counts.derivations} derivations, ${m.counts.claims} claims, ${m.counts.sources} sources) in ${m.files} files, ${(m.bytes / 1048576).toFixed(1)} MB, ${Math.round(performance.now() - started)} ms\n`);
  }
}
