/** The one sanitising path and the DOT and Mermaid escapers built on it; the word search that replaced a regex. */
import { describe, expect, it } from 'vitest';
import { containsWord } from '../../src/queries/search.js';
import { escapeDot } from '../../src/render/escape-dot.js';
import { escapeMermaid } from '../../src/render/escape-mermaid.js';
import { escapeJsonText, sanitize, sanitizeDeep } from '../../src/render/sanitize.js';
import { hanging } from '../../src/render/text/layout.js';

const INVISIBLE = ['\u061c', '\u200b', '\u200e', '\u200f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff', '\ufffb'];

describe('sanitize', () => {
  it.each(INVISIBLE)('escapes U+%s visibly, in text and in JSON', (c) => {
    const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
    expect(sanitize(`a${c}b`)).toBe(`a\\u${hex}b`);
    expect(escapeJsonText(JSON.stringify(`a${c}b`))).toBe(`"a\\u${hex}b"`);
    expect(JSON.parse(escapeJsonText(JSON.stringify(`a${c}b`)))).toBe(`a${c}b`);
  });

  it('keeps joiners that scripts need, and newlines and tabs', () => {
    expect(sanitize('a\u200cb\u200dc\nd\te')).toBe('a\u200cb\u200dc\nd\te');
  });

  it('sanitizeDeep copies every string of nested data, leaving the input alone', () => {
    const input = { a: ['\u001b[31m', { b: '\u2028' }], n: 3, z: null };
    expect(sanitizeDeep(input)).toEqual({ a: ['\\x1b[31m', { b: '\\u2028' }], n: 3, z: null });
    expect(input.a[0]).toBe('\u001b[31m');
  });

  it('sanitizeDeep walks 100,000 levels without overflowing the stack', () => {
    let deep: unknown = 'x\u0007';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    let out = sanitizeDeep(deep);
    for (let i = 0; i < 100_000; i++) out = (out as unknown[])[0];
    expect(out).toBe('x\\x07');
  });
});

describe('escapeMermaid', () => {
  it.each([
    ['%%{init: {"theme":"dark"}}%%', '#37;#37;#123;init: #123;#quot;theme#quot;:#quot;dark#quot;#125;#125;#37;#37;'],
    ['#1;', '#35;1;'],
    ['#quot;', '#35;quot;'],
    ['a\\nb', 'a#92;nb'],
    ['<script>&amp;', '#lt;script#gt;#38;amp;'],
    ['`md` | pipe', '#96;md#96; #124; pipe'],
  ])('%s', (input, expected) => {
    expect(escapeMermaid(input)).toBe(expected);
  });

  it('never leaves %%, a raw quote or a control character', () => {
    const out = escapeMermaid('%%%\u001b"\n#x;');
    expect(out).not.toMatch(/%%|"|[\u0000-\u001f]/);
  });
});

describe('escapeDot', () => {
  it.each([
    ['plain', '"plain"'],
    ['a\nb', '"a\\nb"'],
    ['literal \\x00 stays text', '"literal \\\\x00 stays text"'],
    ['literal \\n stays text', '"literal \\\\n stays text"'],
    ['\\N \\G \\l', '"\\\\N \\\\G \\\\l"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['&lt; &#60;', '"&amp;lt; &amp;#60;"'],
    ['NUL \u0000 here', '"NUL \\\\x00 here"'],
  ])('%s', (input, expected) => {
    expect(escapeDot(input)).toBe(expected);
  });
});

describe('containsWord is \\b…\\b without a regex', () => {
  const cases = ['code', 'code-davinci', 'c++', '.net', 'a', 'train on code', ' ', '(x)'];
  const texts = ['code-davinci-002 is trained on code', 'c++ and .net', 'decode codes', 'a (x) b', 'xa', ''];
  it.each(cases)('agrees with the regex for %j', (needle) => {
    const regex = new RegExp(`\\b${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
    for (const text of texts) expect(containsWord(text, needle), text).toBe(regex.test(text));
  });

  it('handles a 20,000-word query', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i}`).join(' ');
    expect(containsWord(`x ${words} y`, words)).toBe(true);
  });
});

describe('hanging', () => {
  it('returns at most two elements, so callers may spread it into push, and the lines are the same', () => {
    const prose = Array.from({ length: 200_000 }, (_, i) => `w${i % 97}`).join(' ');
    const lines = hanging('  lead: ', prose, 40, 4);
    expect(lines.length).toBeLessThanOrEqual(2);
    const all = lines.join('\n').split('\n');
    expect(all.length).toBeGreaterThan(1000);
    for (const line of all) expect(line.length).toBeLessThanOrEqual(40);
    expect(all.slice(1).every((l) => l.startsWith('    '))).toBe(true);
  });
});
