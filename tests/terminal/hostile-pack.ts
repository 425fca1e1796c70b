/**
 * Knowledge whose free text carries terminal escape sequences: colour (CSI), title and clipboard
 * writes (OSC 0 / OSC 52), hyperlinks (OSC 8), device control (DCS), screen clears, the 8-bit CSI
 * (U+009B), a bell, a carriage return, NUL, bidi overrides and marks, and line separators. Valid
 * knowledge, built on the sandbox's base knowledge (davinci, base-paper, base-pretraining), plus a
 * broken variant for validate. Identifier-like fields (aliases, accounts) cannot hold any of it:
 * their character set is strict, so the payloads in them are in the broken variant.
 */
const E = '\\u001b'; // written as YAML double-quoted escapes, so the file itself stays printable

/** Strings that would act on a terminal if printed raw. */
export const PAYLOADS = [
  `${E}[31mred${E}[0m`,
  `${E}]0;pwned\\u0007`,
  `${E}]52;c;cHduZWQ=\\u0007`,
  `${E}]8;;https://evil.example${E}\\\\click${E}]8;;${E}\\\\`,
  `${E}P1;2|payload${E}\\\\`,
  `${E}[2J${E}[?1049h`,
  '\\u009b31m',
  '\\u202eesrever\\u202c',
  'a\\rb\\u0000c\\u0007',
  'ltr\\u200e rtl\\u200f alm\\u061c line\\u2028para\\u2029zero\\u200bbom\\ufeff',
];

const all = PAYLOADS.join(' ');

/** A valid pack: every kind of text field holds every payload. */
export const HOSTILE_PACK = `sources:
  - id: evil-src
    kind: paper
    title: "Title ${all}"
    authors: ["Mallory ${all}"]
models:
  - id: evil-model
    name: "Evil ${all}"
    aliases: [wicked, ev1l]
    description: "Description ${all}"
    sources: [{ source: evil-src, locator: "p ${all}" }]
methods:
  - { id: evil-method, name: "Method ${all}" }
capabilities:
  - { id: evil-cap, name: "Cap ${all}", kind: ability, description: "Capability ${all}" }
derivations:
  - id: evil-d
    from: [davinci]
    to: evil-model
    methods: [evil-method]
    confidence: likely
    account: figure
    evidence:
      - { source: evil-src, stance: supports, kind: documentation, note: "Note ${all}" }
claims:
  - id: evil-claim
    kind: exhibits
    model: evil-model
    capability: evil-cap
    level: strong
    statement: "Statement ${all}"
    confidence: likely
    evidence:
      - { source: evil-src, stance: supports, kind: experiment, note: "Evidence ${all}" }
  - id: evil-origin
    kind: origin
    capability: evil-cap
    derivation: evil-d
    mechanism: injected
    statement: "Origin ${all}"
    confidence: likely
    evidence:
      - { source: evil-src, stance: supports, kind: experiment, note: "Origin evidence ${all}" }
questions:
  - id: evil-q
    question: "Why ${all}?"
    about: [evil-cap]
    raisedBy: [{ source: evil-src }]
`;

/** A broken pack: escapes in an unknown key (with a did-you-mean), an invalid value, an id, a reference, aliases and an account. */
export const HOSTILE_BROKEN = `models:
  - id: evil-broken
    name: Broken
    "nam${E}e": "${all}"
    released: "${E}]0;title\\u0007"
    aliases: ["evil${E}[5m", "Ev\\u0007il", "a\\u2028b"]
  - { id: "evil${E}[8m", name: Hidden }
derivations:
  - { id: evil-bd, from: ["davinci${E}[2J"], to: evil-broken, methods: [base-pretraining], account: "account ${all}", confidence: likely, evidence: [{ source: base-paper, stance: supports, kind: documentation, note: "n ${all}" }] }
`;

/** Characters that must never reach a terminal raw: C0 controls but tab and newline, DEL, C1 controls, bidi controls, separators, invisibles. */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Colour codes (SGR) that the tool itself writes when colour is on. */
// eslint-disable-next-line no-control-regex
export const SGR = /\u001b\[[0-9;]*m/g;

/** The first raw control character in `text`, with some context, or undefined. */
export function firstRawControl(text: string): string | undefined {
  const m = RAW_CONTROL.exec(text);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${m.index}: ${JSON.stringify(text.slice(Math.max(0, m.index - 30), m.index + 10))}` : undefined;
}
