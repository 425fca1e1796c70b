/** Wrapping: never wider than asked, never cuts a word short (ids are typed back), linear on very long text. */
import { describe, expect, it } from 'vitest';
import { breakWord, hanging, stripAnsi, visibleWidth, wrapProse } from '../../src/render/text/layout.js';

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
