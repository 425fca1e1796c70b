import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../src/queries/types.js';
import { drawDot } from '../../src/render/dot.js';
import { drawMermaid } from '../../src/render/mermaid.js';

const edge = { label: 'rlhf', account: null, confidence: 'likely', change: null } as const;
const view: GraphView = {
  title: 't',
  nodes: [
    { id: 'a', label: 'A model', group: 'S', level: null, focus: false },
    { id: 'b', label: 'B', group: 'S', level: null, focus: false },
    { id: 'c', label: 'c', group: null, level: null, focus: false },
  ],
  edges: [
    { ...edge, id: 'd-merge', from: 'a', to: 'c' },
    { ...edge, id: 'd-merge', from: 'b', to: 'c' },
    { ...edge, id: 'd-root', from: null, to: 'a' },
  ],
  teachings: [],
};

/** b taught c: its outputs were the data of a derivation from a into c. */
const taught: GraphView = {
  ...view,
  edges: [{ ...edge, id: 'd-distil', from: 'a', to: 'c' }],
  teachings: [{ id: 'd-distil', from: 'b', to: 'c' }],
};

describe('drawings', () => {
  it('Mermaid: one subgraph per series, a merge as one step with several inputs, ids only when the name differs', () => {
    const out = drawMermaid(view);
    expect(out).toContain('  subgraph g0["S"]\n    m0["<b>A model</b><br/>a"]\n    m1["<b>B</b>"]\n  end\n  m2["<b>c</b>"]');
    expect(out).toContain('  j0{{"rlhf (likely)"}}\n  m0 --> j0\n  m1 --> j0\n  j0 --> m2');
    expect(out.match(/-->/g)).toHaveLength(4);
  });

  it('DOT: the same merge step, with the inputs drawn into it', () => {
    const out = drawDot(view);
    expect(out).toContain('"step 0" [shape=hexagon');
    expect(out).toContain('  "a" -> "step 0" [arrowhead=none];\n  "b" -> "step 0" [arrowhead=none];\n  "step 0" -> "c";');
    expect(out).toContain('"a" [label="A model\\na"]');
    expect(out).toContain('"c" [label="c"]');
  });

  it('a teacher is a dotted "teaches" arrow, never an input of the weight step', () => {
    const mermaid = drawMermaid(taught);
    expect(mermaid).toContain('  m0 -->|"rlhf (likely)"| m2');
    expect(mermaid).toContain('  m1 -. "teaches" .-> m2');
    expect(mermaid).not.toContain('j0');
    const dot = drawDot(taught);
    expect(dot).toContain('  "b" -> "c" [label="teaches", style=dotted, color=gray40, constraint=false];');
    expect(dot).not.toContain('hexagon');
  });
});
