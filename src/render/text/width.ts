/**
 * Columns on a terminal, by `string-width` (grapheme clusters, emoji, combining marks, East Asian
 * width), one cluster at a time. Clusters come from `Intl.Segmenter` fed in pieces, because on
 * Node 20 it is quadratic in the length of one string: 40,000 CJK characters take 470 ms, 160,000
 * take 51 s (measured: `for (const s of new Intl.Segmenter().segment('思'.repeat(n))) …`), and
 * string-width on a 40,000-character CJK paragraph took 512 ms. A piece is cut only where a
 * cluster starts, so the clusters are the same as the whole string's.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';

export { stripAnsi };

// CJK ideographs, kana, CJK punctuation and full-width forms: two columns each, and none of them combines (the kana and tone marks that do, U+302A–F and U+3099–A, are left out).
const WIDE_CLASS = '\\u3000-\\u3029\\u3030-\\u303e\\u3041-\\u3096\\u309b-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60\\uffe0-\\uffe6';

/**
 * The patterns, built on first use rather than when the module loads: a run that prints JSON
 * never measures text, and building them (Unicode property classes) was ~1 ms of its start-up.
 */
let built: Record<'fixed' | 'wide' | 'joining' | 'invisible' | 'emoji' | 'extends' | 'joinsNext', RegExp> | undefined;
function patterns(): NonNullable<typeof built> {
  return (built ??= {
    // Text every character of which has a fixed width and never joins a cluster: printable ASCII (1 column) and the above (2).
    fixed: new RegExp(`^[\\u0020-\\u007e${WIDE_CLASS}]*$`),
    wide: new RegExp(`[${WIDE_CLASS}]`, 'g'),
    // Marks, joiners, emoji modifiers and tags, Hangul jamo, regional indicators, prepended marks, Thai and Lao AM, CR.
    joining: /[\p{M}\u200c\u200d\uff9e\uff9f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u{1f1e6}-\u{1f1ff}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u0e33\u0eb3\r]/u,
    // What string-width counts as no column (its visibleCharacterRegex, negated).
    invisible: /^[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]$/u,
    emoji: /\p{Emoji_Presentation}/u,
    // What extends the cluster before it (marks, joiners, variation selectors, emoji modifiers, tags, Hangul
    // vowels and finals), and what may join the one after (ZWJ, an Indic virama, prepended marks, Hangul
    // leading consonants, a regional indicator: a flag is two).
    extends: /^[\p{M}\u200c\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u1160-\u11ff\ud7b0-\ud7ff\uff9e\uff9f]/u,
    joinsNext: /[\u{1f1e6}-\u{1f1ff}\u200d\u094d\u09cd\u0acd\u0b4d\u0c4d\u0d4d\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u1100-\u115f\ua960-\ua97f]$/u,
  });
}

const PIECE = 256;

/** Columns a string occupies on a terminal, colour codes ignored. */
export function visibleWidth(s: string): number {
  return widthUpTo(s, Infinity);
}

/** Columns, counted only until past `cap`: a long word need only be known not to fit. */
export function widthUpTo(s: string, cap: number): number {
  const plain = stripAnsi(s);
  // The common case, and all of a hostile 7 MB description of short words, needs no segmenting.
  if (patterns().fixed.test(plain)) return plain.length + (plain.match(patterns().wide)?.length ?? 0);
  // A short word is measured once (as a cluster is), so text that repeats itself costs a lookup.
  const known = plain.length <= 32 ? widths.get(plain) : undefined;
  if (known !== undefined) return known;
  let width = 0;
  for (const g of graphemes(plain)) {
    width += clusterWidth(g);
    if (width > cap) return width;
  }
  if (plain.length <= 32) remember(plain, width);
  return width;
}

// Built on first use: constructing an Intl.Segmenter takes 8–13 ms, and most output never needs one.
let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of `s` (what a user sees as one character), segmented piece by piece. */
export function* graphemes(s: string): Generator<string> {
  // Text with nothing that joins code points (UAX #29 rules GB3–GB13) is one cluster per code point.
  if (patterns().fixed.test(s) || !patterns().joining.test(s)) {
    yield* s;
    return;
  }
  segmenter ??= new Intl.Segmenter();
  for (const piece of pieces(s)) for (const { segment } of segmenter.segment(piece)) yield segment;
}


// string-width spends 5–14 µs on one cluster (its emoji test), so 3.5 million clusters of hostile text
// would take half a minute; a text repeats its clusters and words, so each is measured once (up to a bound).
const widths = new Map<string, number>();

/** One cluster's columns: string-width's answer (its width of a string is the sum over clusters). */
export function clusterWidth(g: string): number {
  const code = g.codePointAt(0)!;
  if (g.length === 1 && code >= 0x20 && code <= 0x7e) return 1;
  // One code point that is not emoji by default (✔, →, ©: text style unless followed by U+FE0F) is no
  // RGI emoji alone: string-width's answer is its East Asian width (or 0 when invisible). Skipping
  // string-width keeps its RGI_Emoji pattern (~20–35 ms to build) out of output such as `validate`'s ✔.
  if (g.length === (code > 0xffff ? 2 : 1) && !patterns().emoji.test(g)) return patterns().invisible.test(g) ? 0 : eastAsianWidth(code);
  let w = widths.get(g);
  if (w === undefined) remember(g, (w = stringWidth(g)));
  return w;
}

function remember(text: string, width: number): void {
  if (widths.size < 100_000) widths.set(text, width);
}

/** `s` in pieces of at most PIECE code units, each cut where a new grapheme cluster surely starts (or, in a run of marks, at least where a code point does). */
export function* pieces(s: string): Generator<string> {
  let start = 0;
  while (s.length - start > PIECE) {
    let cut = start + PIECE;
    while (cut > start + 1 && !clusterStartsAt(s, cut)) cut--;
    if (cut === start + 1) cut = isLowSurrogate(s.charCodeAt(start + PIECE)) ? start + PIECE - 1 : start + PIECE;
    yield s.slice(start, cut);
    start = cut;
  }
  if (start < s.length) yield s.slice(start);
}


/** Whether a grapheme cluster begins at code unit `i` (rules GB3 and GB6–GB13 of UAX #29, as Node 20's ICU applies them). */
function clusterStartsAt(s: string, i: number): boolean {
  if (isLowSurrogate(s.charCodeAt(i))) return false;
  if (s[i] === '\n' && s[i - 1] === '\r') return false;
  return !patterns().extends.test(s.slice(i, i + 2)) && !patterns().joinsNext.test(s.slice(Math.max(0, i - 2), i));
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
