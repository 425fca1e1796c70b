import { describe, expect, it } from 'vitest';
import { schemaErrors } from '../helpers/output-schema.js';
import { cli } from './run-cli.js';

// End to end on the shipped knowledge: shapes and exit codes, not wording (the knowledge keeps growing).
const JSON_CASES: [string, string[]][] = [
  ['trace', ['trace', 'cot']],
  ['trace', ['trace', 'icl', '--model', 'chatgpt', '--all-paths']],
  ['why', ['why', 'text-davinci-002', 'cot']],
  ['diff', ['diff', 'code-davinci-002', 'text-davinci-002']],
  ['lineage', ['lineage', 'chatgpt', '--ancestors', '--depth', '2']],
  ['tree', ['tree']],
  ['matrix', ['matrix']],
  ['show', ['show', 'COT']],
  ['list', ['list', 'models']],
  ['search', ['search', 'code']],
  ['questions', ['questions']],
  ['limits', ['limits']],
  ['cite', ['cite', 'cot', 'chatgpt']],
  ['graph', ['graph']],
];

describe('query commands on the shipped knowledge', () => {
  it.each(JSON_CASES)('%s --json prints one document that validates against its schema', async (command, args) => {
    const r = await cli([...args, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { kind: string; schemaVersion: number };
    expect(doc.kind).toBe(command === 'why' ? 'trace' : command);
    expect(schemaErrors(doc)).toEqual([]);
  });

  it('explains chain-of-thought in text, without colour in a pipe', async () => {
    const r = await cli(['trace', 'cot']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Where it first appears');
    expect(r.stdout).not.toMatch(/\u001b/);
    expect((await cli(['trace', 'cot'], { FORCE_COLOR: '1' })).stdout).toMatch(/\u001b\[/);
  });

  it('shows the alignment tax between code-davinci-002 and text-davinci-002, with claims that explain it', async () => {
    const doc = JSON.parse((await cli(['diff', 'code-davinci-002', 'text-davinci-002', '--json'])).stdout) as {
      meetsAt: string[];
      differences: { capability: string; a: { level: string }; b: { level: string }; explainedBy: { b: string[] } }[];
    };
    expect(doc.meetsAt).toEqual(['code-davinci-002']);
    const cot = doc.differences.find((d) => d.capability === 'chain-of-thought');
    expect(cot?.explainedBy.b.length).toBeGreaterThan(0);
  });

  it('draws graphs as Mermaid and DOT, and cites as BibTeX', async () => {
    expect((await cli(['graph'])).stdout).toMatch(/^flowchart TD\n/);
    expect((await cli(['graph', '--format', 'dot'])).stdout).toMatch(/^digraph gptlineage \{\n[\s\S]*\}\n$/);
    expect((await cli(['trace', 'cot', '--format', 'mermaid'])).stdout).toMatch(/^flowchart TD/);
    expect((await cli(['cite', 'cot', '--format', 'bibtex'])).stdout).toMatch(/^@(article|misc)\{/);
  });

  it('exits 1 with a did-you-mean for an unknown id, as JSON on stderr under --json', async () => {
    const text = await cli(['trace', 'cto']);
    expect(text).toMatchObject({ code: 1, stdout: '' });
    expect(text.stderr).toContain('did you mean `cot`');
    const json = await cli(['why', 'chatgtp', 'cot', '--json']);
    expect(json.code).toBe(1);
    expect(json.stdout).toBe('');
    expect(JSON.parse(json.stderr)).toMatchObject({ kind: 'error', error: { code: 'UNKNOWN_ID', suggestions: ['chatgpt'] } });
  });

  it('exits 1 when nothing matches, and 2 on a usage error', async () => {
    expect((await cli(['search', 'zzzqqqxx'])).code).toBe(1);
    expect((await cli(['list', 'widgets'])).code).toBe(2);
    expect((await cli(['lineage', 'chatgpt', '--depth', '-1'])).code).toBe(2);
    expect((await cli(['trace', 'cot', '--format', 'png'])).code).toBe(2);
    const both = await cli(['graph', '--format', 'dot', '--json']);
    expect(both.code).toBe(2);
    expect(JSON.parse(both.stderr)).toMatchObject({ error: { code: 'USAGE_CONFLICTING_OPTIONS' } });
  });

  it.each(['trace', 'why', 'diff', 'lineage', 'tree', 'matrix', 'show', 'list', 'search', 'questions', 'limits', 'cite', 'graph'])(
    '%s --help has examples',
    async (command) => {
      const r = await cli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ gptlineage /);
    },
  );
});
