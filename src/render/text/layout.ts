/** Fitting text to the terminal: visible width (ignoring colour, counting wide characters twice) and wrapping. */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** The text without colour codes. */
export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

/** Columns a string occupies on a terminal. */
export function visibleWidth(s: string): number {
  const plain = s.replace(ANSI, '');
  return plain.length + (plain.match(WIDE)?.length ?? 0);
}

/** Split plain prose into lines of at most `width` columns (a longer word gets a line of its own). */
export function wrapProse(prose: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of prose.split(/\s+/).filter(Boolean)) {
    if (line && visibleWidth(line) + 1 + visibleWidth(word) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** `lead` followed by prose wrapped to `columns`, continuation lines indented by `indent` spaces. */
export function hanging(lead: string, prose: string, columns: number, indent: number): string[] {
  const room = Math.max(20, columns - indent);
  const leadWidth = visibleWidth(lead);
  const first = Math.max(10, columns - leadWidth);
  const [head = '', ...rest] = wrapProse(prose, first);
  const tail = rest.length > 0 ? wrapProse(rest.join(' '), room) : [];
  const [h = '', ...t] = carryStyles([head, ...tail]);
  return [`${lead}${h}`, ...t.map((l) => `${' '.repeat(indent)}${l}`)];
}

// SGR codes that end an attribute, and the openers each one ends.
const CLOSES: Record<string, RegExp> = { '22': /^(1|2)$/, '23': /^3$/, '24': /^4$/, '27': /^7$/, '39': /^(3\d|9\d)$/, '49': /^(4\d|10\d)$/ };

/** Close styles still open at the end of a wrapped line and reopen them on the next, so colour never bleeds into indentation. */
export function carryStyles(lines: string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const prefix = open.map((c) => `\u001b[${c}m`).join('');
    for (const [, code] of line.matchAll(/\u001b\[([0-9;]*)m/g)) {
      if (code === '0' || code === '') open = [];
      else if (CLOSES[code!]) open = open.filter((c) => !CLOSES[code!]!.test(c));
      else open.push(code!);
    }
    return `${prefix}${line}${open.length > 0 ? '\u001b[0m' : ''}`;
  });
}

/** Pad to a visible width. */
export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visibleWidth(s)));
}

/** Join lines into the renderer's output, ending in exactly one "\n". */
export function finish(lines: string[]): string {
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
