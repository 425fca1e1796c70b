/** Wrapping: never wider than asked, never cuts a word short (ids are typed back), linear on very long text; widths as string-width counts them. */
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { breakWord, hanging, stripAnsi, visibleWidth, wrapProse } from '../../src/render/text/layout.js';
import { clusterWidth, graphemes } from '../../src/render/text/width.js';

describe('wrapping', () => {
  it('keeps every line within the width and every character of every word', () => {
    const prose = 'exhibits-code-cushman-001-refuse-improper-questions, exhibits-code-cushman-001-icl and https://example.org/a/very/long/path/indeed';
    for (const width of [10, 20, 40]) {
      const lines = wrapProse(prose, width);
      expect(lines.every((l) => visibleWidth(l) <= width), `${width}: ${lines.join('|')}`).toBe(true);
      expect(lines.join('').replace(/\s/g, '')).toBe(prose.replace(/\s/g, ''));
    }
  });

  it('breaks a long id after a hyphen where it can', () => {
    expect(breakWord('exhibits-code-cushman-001', 15)).toEqual(['exhibits-code-', 'cushman-001']);
    expect(breakWord('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('does not split colour codes', () => {
    const red = '\u001b[31mabcdefghij\u001b[39m';
    const pieces = breakWord(red, 4);
    expect(pieces.map(stripAnsi).join('')).toBe('abcdefghij');
    expect(pieces.every((p) => !/\u001b\[[0-9;]*$/.test(p))).toBe(true);
  });

  it('wraps megabytes of text without recursion or spreading into push', () => {
    const lines = wrapProse('word '.repeat(1_500_000), 80);
    expect(lines.length).toBeGreaterThan(90_000);
    // At most two elements (the first line, then the rest joined), so callers can spread it into push.
    const hung = hanging('  ', 'x'.repeat(200_000), 80, 4);
    expect(hung.length).toBeLessThanOrEqual(2);
    expect(hung.join('\n').split('\n').length).toBeGreaterThan(2000);
  });
});

describe('width, by string-width', () => {
  // Clusters that a per-code-point count gets wrong, and the safe ones between them.
  const clusters = ['a', ' ', '-', '思', 'ア', 'Ａ', 'e\u0301', '\u0301', '👨‍👩‍👧', '👍🏽', '🇨🇳', '☺\ufe0f', '1\ufe0f\u20e3', '한', '\u1100\u1161\u11a8', 'क्ष', '\u200b', '\u0600a', '\r\n', '𠀋', '\u3099', 'ﾊﾞ', '—', '■', '★', '©', '↔', '😀', '\u00ad', 'Ω', '①', 'ü', '\u2060'];

  it('counts columns as string-width does: emoji 2, combining marks 0, wide characters 2', () => {
    expect(visibleWidth('👨‍👩‍👧')).toBe(2);
    expect(visibleWidth('e\u0301e\u0301')).toBe(2);
    expect(visibleWidth('🇨🇳')).toBe(2);
    expect(visibleWidth('思维链')).toBe(6);
    expect(visibleWidth('\u001b[31mred\u001b[39m')).toBe(3);
  });

  it('agrees with string-width on the whole string, however long, though it measures pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...clusters), { maxLength: 900 }), (parts) => {
        const s = parts.join('');
        expect(visibleWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 300 },
    );
  });

  it('gives string-width\'s width for every single code point of the BMP and the emoji planes (its shortcut for one code point)', () => {
    const differ: string[] = [];
    for (const [from, to] of [[0x20, 0xd7ff], [0xe000, 0xffff], [0x1f000, 0x1faff], [0x20000, 0x2001f]] as const) {
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        if (clusterWidth(ch) !== stringWidth(ch)) differ.push(cp.toString(16));
      }
    }
    expect(differ).toEqual([]);
  });

  it('cuts pieces only where a cluster starts, so the clusters are the whole string\'s', () => {
    const segment = (s: string) => [...new Intl.Segmenter().segment(s)].map((x) => x.segment);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...clusters), { minLength: 200, maxLength: 600 }), (parts) => {
        const s = parts.join('');
        expect([...graphemes(s)]).toEqual(segment(s));
      }),
      { numRuns: 100 },
    );
  });

  it('never breaks a word inside a cluster', () => {
    const word = '👨‍👩‍👧e\u0301🇨🇳思'.repeat(20);
    const pieces = breakWord(word, 7);
    expect(pieces.join('')).toBe(word);
    for (const p of pieces) {
      expect(visibleWidth(p)).toBeLessThanOrEqual(7);
      expect(stringWidth(p)).toBe(visibleWidth(p));
    }
    expect(pieces.map((p) => [...graphemes(p)]).flat()).toEqual([...graphemes(word)]);
  });
});
