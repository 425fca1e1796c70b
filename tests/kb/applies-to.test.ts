/** APPLIES_WITHOUT_METHOD: a claim about a method names, in appliesTo, only derivations that use it. */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../helpers/load-yaml.js';

const EV = '{ source: s1, stance: supports, kind: experiment, note: n }';
/** m1 → m2 by `x` (d1) and by `feedme`, a variant of `x` (d2); an origin claim about `method` applying to `targets`. */
const pack = (method: string, targets: string) => `sources:
  - { id: s1, kind: paper, title: T, arxiv: "2005.14165" }
models:
  - { id: m1, name: M1 }
  - { id: m2, name: M2 }
methods:
  - { id: x, name: X }
  - { id: feedme, name: F, variantOf: x }
capabilities:
  - { id: c1, name: C1 }
derivations:
  - { id: d1, from: [m1], to: m2, methods: [x], confidence: likely, evidence: [${EV}] }
  - { id: d2, from: [m1], to: m2, methods: [feedme], confidence: likely, evidence: [${EV}] }
claims:
  - { id: o1, kind: origin, capability: c1, method: ${method}, appliesTo: [${targets}], mechanism: injected, statement: S, confidence: likely, evidence: [${EV}] }
`;
const found = (yaml: string) => loadPack({ 'a.yaml': yaml }).issues.filter((i) => i.code === 'APPLIES_WITHOUT_METHOD');

describe('APPLIES_WITHOUT_METHOD', () => {
  it('accepts derivations that use the method', () => {
    expect(found(pack('x', 'd1'))).toEqual([]);
  });

  it('points at the entry whose derivation lacks the method, with a fix', () => {
    const [issue, ...rest] = found(pack('feedme', 'd2, d1'));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ severity: 'error', line: 15, column: 77, path: 'claims.0.appliesTo.1' });
    expect(issue!.message).toContain('add `feedme` to that derivation\'s methods, or take `d1` out of appliesTo');
  });

  it('does not count a variant as the method itself, as the walk does not', () => {
    expect(found(pack('x', 'd2')).map((i) => i.path)).toEqual(['claims.0.appliesTo.0']);
  });

  it('leaves a derivation that does not exist to DANGLING_REF', () => {
    const issues = loadPack({ 'a.yaml': pack('x', 'd9') }).issues.map((i) => i.code);
    expect(issues).toContain('DANGLING_REF');
    expect(issues).not.toContain('APPLIES_WITHOUT_METHOD');
  });
});
