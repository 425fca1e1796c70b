/** The one-way import rule of docs/design.md, checked by reading import lines. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');
const files = readdirSync(src, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
const importsOf = (file: string) =>
  [...readFileSync(join(src, file), 'utf8').matchAll(/^\s*import\s+(type\s+)?[^'"]*['"]([^'"]+)['"]/gm)]
    .filter((m) => !m[1])
    .map((m) => m[2]!);
const dynamicImportsOf = (file: string) => [...readFileSync(join(src, file), 'utf8').matchAll(/import\(['"]([^'"]+)['"]\)/g)].map((m) => m[1]!);

describe('layers', () => {
  it('keeps queries and the graph free of I/O, the CLI framework, colour and the validator', () => {
    for (const file of files.filter((f) => /^(queries|graph)\//.test(f))) {
      const bad = importsOf(file).filter((i) => /^(node:|commander|chalk|cli-table3|zod|yaml)|\/(cli|commands|render)\/|kb\/(load|schema|check-shape|parse-yaml)/.test(i));
      expect(bad, file).toEqual([]);
    }
  });

  it('keeps renderers away from the loader, commander and the process', () => {
    for (const file of files.filter((f) => f.startsWith('render/'))) {
      const bad = importsOf(file).filter((i) => /^(node:|commander|zod|yaml)|\/(cli|commands)\/|kb\/(load|schema|parse-yaml)/.test(i));
      expect(bad, file).toEqual([]);
      expect(readFileSync(join(src, file), 'utf8'), file).not.toMatch(/\bprocess\./);
    }
  });

  it('touches `process` only in the CLI layer and the build step', () => {
    for (const file of files.filter((f) => !/^(cli|build)\//.test(f))) {
      expect(readFileSync(join(src, file), 'utf8'), file).not.toMatch(/\bprocess\.(env|stdout|stderr|exit|argv|cwd)/);
    }
  });

  it('reaches command modules from the CLI only through import()', () => {
    for (const file of files.filter((f) => f.startsWith('cli/'))) {
      expect(importsOf(file).filter((i) => i.includes('/commands/') && !i.endsWith('context.js')), file).toEqual([]);
    }
    expect(files.filter((f) => f.startsWith('cli/')).flatMap(dynamicImportsOf).length).toBeGreaterThan(1);
  });

  it('reaches the zod output shapes only as types, except from the schema generator', () => {
    for (const file of files.filter((f) => !/^(output|build)\//.test(f))) {
      expect(importsOf(file).filter((i) => i.includes('/output/')), file).toEqual([]);
    }
  });

  it('keeps yaml and zod off the path of every query command (they load only for validation)', () => {
    for (const file of files.filter((f) => f.startsWith('commands/') && !/validate|schema/.test(f))) {
      expect(importsOf(file).filter((i) => /^(zod|yaml)$|kb\/(load|schema|check-shape|parse-yaml|json-schema)/.test(i)), file).toEqual([]);
    }
  });
});
