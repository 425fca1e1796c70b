import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yamlDiagnostics } from './lsp-client.js';
import { root, sh, toolsReady } from './third-party.js';

const server = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
const ready = toolsReady([], 'the init tests with yaml-language-server');
// A temporary directory outside the repository, as a user's own pack would be.
const dir = mkdtempSync(join(tmpdir(), 'gptlineage-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const yamlFiles = (pack: string) => readdirSync(pack).filter((f) => f.endsWith('.yaml')).map((f) => join(pack, f));

describe.runIf(ready)('init, checked by yaml-language-server over stdio', () => {
  it('scaffolds a pack that validates, with and without the bundled knowledge', () => {
    const r = sh(`$GL init ${join(dir, 'pack')}`);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(join(dir, 'pack')).sort()).toEqual(
      ['README.md', 'capabilities.yaml', 'claims.yaml', 'derivations.yaml', 'errata.yaml', 'knowledge.schema.json', 'methods.yaml', 'models.yaml', 'questions.yaml', 'reviews.yaml', 'sources.yaml'].sort(),
    );
    expect(sh(`$GL validate --strict --kb ${join(dir, 'pack')}`).code).toBe(0);
    expect(sh(`$GL validate --strict --no-bundled --kb ${join(dir, 'pack')}`).code).toBe(0);
  });

  it('refuses to overwrite a file', () => {
    const r = sh(`$GL init ${join(dir, 'pack')}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already has[\s\S]*models\.yaml/);
  });

  it('gives no diagnostics on the pack, wherever it is moved', async () => {
    renameSync(join(dir, 'pack'), join(dir, 'moved'));
    const found = await yamlDiagnostics(server, yamlFiles(join(dir, 'moved')));
    expect(Object.keys(found)).toHaveLength(9);
    for (const [file, diagnostics] of Object.entries(found)) expect(diagnostics, file).toEqual([]);
  });

  it('gives the right diagnostics on a broken copy', async () => {
    cpSync(join(dir, 'moved'), join(dir, 'broken'), { recursive: true });
    const models = join(dir, 'broken', 'models.yaml');
    writeFileSync(models, readFileSync(models, 'utf8').replace('released: "2024-01"', 'released: "2024-13"\n    paramters: 7'));
    const claims = join(dir, 'broken', 'claims.yaml');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('level: present', 'level: sometimes'));
    const found = await yamlDiagnostics(server, [models, claims, join(dir, 'broken', 'sources.yaml')]);
    const lines = (file: string) => found[file]!.map((d) => `${d.range.start.line + 1}: ${d.message}`);
    const modelLine = readFileSync(models, 'utf8').split('\n').findIndex((l) => l.includes('paramters')) + 1;
    expect(lines(models)).toEqual([expect.stringMatching(new RegExp(`^${modelLine - 1}: String does not match the pattern`)), `${modelLine}: Property paramters is not allowed.`]);
    expect(lines(claims)).toEqual([expect.stringMatching(/^\d+: Value is not accepted\. Valid values: "none", "weak", "present", "strong"\.$/)]);
    expect(found[join(dir, 'broken', 'sources.yaml')]).toEqual([]);
  });
});
