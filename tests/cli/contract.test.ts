/** The script contract outside the queries: validate's report and error documents match their published schemas. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-queries/run-cli.js';
import { schemaErrors } from '../helpers/output-schema.js';

const broken = join(import.meta.dirname, '..', 'fixtures', 'overlay');

describe('CLI contract', () => {
  it('validate --json: one report on stdout, valid against the validation schema, exit 0', async () => {
    const r = await cli(['validate', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schemaVersion: 1, kind: 'validation', ok: true, errors: 0, warnings: 0 });
    expect(schemaErrors(doc, 'validation')).toEqual([]);
  });

  it('validate --json on a broken pack: the issues, positioned, exit 3', async () => {
    const r = await cli(['validate', '--json', '--kb', broken]);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(schemaErrors(doc, 'validation')).toEqual([]);
    expect(doc.issues.map((i: { code: string }) => i.code)).toEqual(['DANGLING_REF', 'DANGLING_REF']);
    expect(doc.issues[0]).toMatchObject({ file: expect.stringMatching(/overlay\/extra\.yaml$/), line: 8, column: 12, path: 'derivations.0.from.0' });
  });

  it('a query on an invalid pack exits 3 with the errors on stderr and nothing on stdout', async () => {
    const r = await cli(['trace', 'cot', '--kb', broken]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/extra\.yaml:8:12 {2}DANGLING_REF {2}derivation `d-chatty`/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    [['show', 'davinchi', '--json'], 1, 'UNKNOWN_ID'],
    [['trace', 'cot', '--kb', broken, '--json'], 3, 'KB_INVALID'],
    [['frobnicate', '--json'], 2, 'UNKNOWN_COMMAND'],
    [['trace', '--json'], 2, 'MISSING_ARGUMENT'],
    [['--min-confidence', 'sure', 'trace', 'cot', '--json'], 2, 'INVALID_ARGUMENT'],
  ])('%j → exit %i, a %s error document on stderr', async (args, code, errorCode) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    const doc = JSON.parse(r.stderr);
    expect(doc.error.code).toBe(errorCode);
    expect(schemaErrors(doc, 'error')).toEqual([]);
  });

  it('suggests the id that was meant', async () => {
    const r = await cli(['show', 'davinchi']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/davinci/);
  });

  it('--help and --version exit 0', async () => {
    expect((await cli(['--help'])).code).toBe(0);
    const v = await cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
