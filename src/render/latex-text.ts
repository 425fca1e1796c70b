/**
 * The one escaper for BibTeX field values. BibTeX counts every brace, even after a backslash,
 * so a literal `{` or `}` is written as a brace-free command and every field stays balanced.
 */
import { sanitizeLine } from './sanitize.js';

// Characters BibTeX or LaTeX would read as markup, as commands whose own braces are balanced.
const SPECIAL: Record<string, string> = {
  '\\': '{\\textbackslash}',
  '{': '{\\textbraceleft}',
  '}': '{\\textbraceright}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '{\\textasciitilde}',
  '^': '{\\textasciicircum}',
};

// Combining marks (after NFD) and the LaTeX accent that writes each.
const ACCENTS: Record<string, string> = {
  '\u0300': '`', '\u0301': "'", '\u0302': '^', '\u0303': '~', '\u0304': '=', '\u0306': 'u', '\u0307': '.',
  '\u0308': '"', '\u030a': 'r', '\u030b': 'H', '\u030c': 'v', '\u0323': 'd', '\u0327': 'c', '\u0328': 'k', '\u0331': 'b',
};

// Letters and punctuation with no decomposition, as LaTeX (text mode, no package beyond the kernel).
const LETTERS: Record<string, string> = {
  ß: '{\\ss}', æ: '{\\ae}', Æ: '{\\AE}', œ: '{\\oe}', Œ: '{\\OE}', ø: '{\\o}', Ø: '{\\O}', ł: '{\\l}', Ł: '{\\L}',
  ı: '{\\i}', ȷ: '{\\j}', å: '{\\aa}', Å: '{\\AA}', '\u00a0': '~', '–': '--', '—': '---', '‘': '`', '’': "'",
  '“': '``', '”': "''", '…': '{\\ldots}', '«': '{\\guillemotleft}', '»': '{\\guillemotright}', '§': '{\\S}',
  '¶': '{\\P}', '©': '{\\textcopyright}', '°': '{\\textdegree}', '€': '{\\texteuro}', '£': '{\\pounds}',
  '×': '{\\texttimes}', '·': '{\\textperiodcentered}', '•': '{\\textbullet}', '¿': '{?`}', '¡': '{!`}',
};

/**
 * A field value with markup escaped; unless `unicode`, non-ASCII Latin letters and punctuation
 * become LaTeX commands (pdflatex reads them without inputenc). Scripts LaTeX has no command for
 * (CJK) stay as they are: they need a CJK package under any engine.
 */
export function latexText(value: string, unicode = false): string {
  let out = '';
  for (const ch of sanitizeLine(value)) out += SPECIAL[ch] ?? (unicode || ch < '\u0080' ? ch : latexChar(ch));
  return out;
}

function latexChar(ch: string): string {
  if (LETTERS[ch]) return LETTERS[ch];
  const [base, ...marks] = [...ch.normalize('NFD')];
  if (marks.length === 0 || base! >= '\u0080' || !marks.every((m) => ACCENTS[m])) return ch;
  // i and j lose their dot under an accent; accents nest innermost first, as in {\d{\^{e}}}.
  const letter = base === 'i' ? '\\i' : base === 'j' ? '\\j' : base!;
  return `{${marks.reduce((inner, m) => `\\${ACCENTS[m]}{${inner}}`, letter)}}`;
}
