import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { idsOf, sh, toolsReady } from './third-party.js';

const ready = toolsReady(['bibtex', 'biber'], 'the BibTeX tests with bibtex and biber');
const dir = mkdtempSync(join(tmpdir(), 'gptlineage-bib-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `cite` of every source into refs.bib (LaTeX commands) or refs-utf8.bib (--unicode). */
function citeAll(file: string, extra = ''): number {
  const r = sh(`$GL cite ${idsOf('sources').join(' ')} --format bibtex ${extra} > ${join(dir, file)}`);
  expect(r.stderr).toBe('');
  return r.code;
}

describe.runIf(ready)('cite --format bibtex with real BibTeX tools', () => {
  it('bibtex (plain.bst) reads every source with no error and no warning', () => {
    expect(citeAll('refs.bib')).toBe(0);
    writeFileSync(join(dir, 'refs.aux'), '\\relax\n\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n');
    const r = sh('bibtex refs', dir);
    expect(r.stdout).not.toMatch(/warning|error/i);
    expect(r.code).toBe(0);
    // Every source is one \bibitem.
    expect(sh("grep -cF '\\bibitem' refs.bbl", dir).stdout.trim()).toBe(String(idsOf('sources').length));
  });

  it.each([['refs.bib', ''], ['refs-utf8.bib', '--unicode']])('biber --validate-datamodel accepts %s with no warning', (file, extra) => {
    expect(citeAll(file, extra)).toBe(0);
    const r = sh(`biber --tool --validate-datamodel --output-file=${file}.out ${file} 2>&1`, dir);
    expect(r.stdout).not.toMatch(/^(WARN|ERROR)/m);
    expect(r.stdout).toMatch(/Datamodel validation complete/);
    expect(r.code).toBe(0);
  });

  it('the default output is ASCII except for scripts LaTeX has no command for', () => {
    citeAll('ascii.bib');
    const r = sh(`grep -P '[^\\x00-\\x7f]' ascii.bib | grep -vP '[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]' || true`, dir);
    expect(r.stdout).toBe('');
  });
});
