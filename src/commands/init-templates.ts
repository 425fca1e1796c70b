/** The files `gptlineage init` writes: one small, valid example per section, each with the editor modeline. */

/** The schema's file name inside a pack; each file's modeline points at it, so the pack validates wherever it is. */
export const SCHEMA_FILE = 'knowledge.schema.json';

const MODELINE = `# yaml-language-server: $schema=./${SCHEMA_FILE}`;

/** Section files, by file name: a self-contained example (it validates with or without the bundled knowledge). */
export const EXAMPLE_FILES: Record<string, string> = {
  'sources.yaml': `${MODELINE}
# Citable works. Give the arXiv id or DOI wherever one exists.
sources:
  - id: example-paper
    kind: paper
    title: "Replace with the paper's title"
    authors: ["Ada Example", "Grace Example"]
    year: 2024
    date: "2024-05"
    venue: "arXiv preprint"
    url: "https://example.org/paper"
  - id: example-blog
    kind: blog-post
    title: "Replace with a post that reports the same fact differently"
    authors: ["Example Lab"]
    year: 2024
    url: "https://example.org/blog"
`,
  'models.yaml': `${MODELINE}
# Trained models. Dates at their true precision: "2024", "2024-05", "2024-05-03", a range or { circa: … }.
models:
  - id: example-base
    name: Example Base
    organisation: Example Lab
    series: Example
    released: "2024-01"
    sources: [{ source: example-paper, locator: "§2" }]
  - id: example-chat
    name: Example Chat
    organisation: Example Lab
    series: Example
    released: { circa: "2024-05" }
    sources: [{ source: example-paper, locator: "§3" }]
`,
  'methods.yaml': `${MODELINE}
# Kinds of training step (the bundled knowledge has pretraining, instruction-tuning, rlhf, …).
methods:
  - id: example-tuning
    name: Example tuning
    description: Replace with what the training step does.
    sources: [{ source: example-paper, locator: "§3" }]
`,
  'derivations.yaml': `${MODELINE}
# Edges of the lineage: which model was trained from which, by which methods, how sure we are.
derivations:
  - id: d-example-chat
    from: [example-base]
    to: example-chat
    methods: [example-tuning]
    confidence: likely
    evidence:
      - { source: example-paper, locator: "§3", stance: supports, kind: documentation, note: "The paper says the chat model is tuned from the base model." }
`,
  'capabilities.yaml': `${MODELINE}
# Abilities and limitations, with the aliases people type.
capabilities:
  - id: example-ability
    name: Example ability
    aliases: [example]
    kind: ability
    description: Replace with what the ability is.
`,
  'claims.yaml': `${MODELINE}
# Cited statements: exhibits (a model shows a capability at a level), origin (where it comes from), effect.
claims:
  - id: example-chat-has-ability
    kind: exhibits
    model: example-chat
    capability: example-ability
    level: present
    statement: Example Chat shows the example ability.
    confidence: likely
    evidence:
      - { source: example-paper, locator: "Table 1", stance: supports, kind: experiment, note: "Replace with what the table shows, in your own words." }
  - id: example-tuning-unlocks-ability
    kind: origin
    derivation: d-example-chat
    capability: example-ability
    mechanism: unlocked
    statement: Example tuning unlocks the example ability.
    confidence: hypothesis
    evidence:
      - { source: example-paper, locator: "§5", stance: supports, kind: argument, note: "Replace with the paper's argument." }
`,
  'questions.yaml': `${MODELINE}
# What the sources leave open, and what it bears on.
questions:
  - id: q-example
    question: Does the example ability come from the base model or from the tuning?
    about: [example-tuning-unlocks-ability]
    raisedBy: [{ source: example-paper, locator: "§6" }]
`,
  'errata.yaml': `${MODELINE}
# Where sources disagree: each reading, and the one trusted.
errata:
  - id: erratum-example-release
    about: [example-chat]
    readings:
      - { source: example-paper, says: "released in May 2024", trusted: true }
      - { source: example-blog, says: "released in June 2024" }
`,
  'reviews.yaml': `${MODELINE}
# Later evidence on a claim, dated; it may move the claim's grade from that date (see --as-of).
reviews:
  - id: review-example-tuning
    claim: example-tuning-unlocks-ability
    date: "2024-09"
    confidence: likely
    statement: A later ablation supports that the tuning unlocks the ability.
    evidence:
      - { source: example-blog, stance: supports, kind: experiment, note: "Replace with what the later work measured." }
`,
};

/** The pack's README stub. */
export function packReadme(name: string): string {
  return `# ${name}

A gptlineage knowledge pack. Every file here is an example: replace the \`example-\` entities
with your own, keeping ids lower-case and unique.

    gptlineage validate --kb .          # every problem, at file:line:column
    gptlineage --kb . trace example     # answers from the bundled knowledge plus this pack

Editors that speak the YAML language server (VS Code with the YAML extension, Neovim, Helix, …)
validate as you type through each file's first line, which points at \`${SCHEMA_FILE}\`
beside it. After upgrading gptlineage, refresh it: \`gptlineage schema > ${SCHEMA_FILE}\`.
`;
}
