/** Identifier-like fields: strict character sets and length caps, so none can carry a control character, a brace or a quote. */
import './zod-jitless.js';
import { z } from 'zod';
import { MAX_NAME_LENGTH } from './schema-common.js';

/**
 * A short name people type: letters and digits of any script, then also marks, spaces and
 * `. _ + - / ( ) '`. No control, format or bidi characters, braces, quotes or markup, so an alias
 * or account is safe to print and to cite as it is.
 */
const NAME_PATTERN = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._+\-/()']*$/u;
const Name = (what: string) =>
  z
    .string()
    .min(1)
    .max(MAX_NAME_LENGTH)
    .regex(NAME_PATTERN, { message: `${what} is letters and digits, with spaces and . _ + - / ( ) ' between them` });

export const Aliases = z.array(Name('an alias')).meta({
  description: `Other names that resolve to this entity (case-insensitive), e.g. \`cot\` for chain-of-thought; at most ${MAX_NAME_LENGTH} characters each.`,
});

/** Whose account a derivation is: a short label. */
export const Account = Name('an account').meta({ description: 'Whose account this edge is, e.g. "figure" or "text".' });

/**
 * A DOI: Crossref's pattern for modern DOIs, plus the `<>[]+` of some older ones; printable ASCII
 * only, so no control character, space, brace, quote or backslash reaches a terminal or a .bib file.
 */
export const Doi = z
  .string()
  .max(200)
  .regex(/^10\.\d{4,9}\/[-._;()/:A-Za-z0-9<>[\]+]+$/, { message: 'a DOI is "10." followed by a registrant, "/" and a suffix of letters, digits and - . _ ; ( ) / : < > [ ] +' });

/** A new-style (2201.11903) or old-style (hep-th/9901001) arXiv id, optionally with its version. */
export const ArxivId = z
  .string()
  .max(40)
  .regex(/^(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/, { message: 'an arXiv id looks like 2201.11903 (quote it in YAML)' });

/**
 * An http(s) URL of RFC 3986 characters (anything else percent-encoded): no control character,
 * space, brace, quote, backslash or angle bracket, so it cannot break out of a citation.
 */
export const Url = z
  .url({ protocol: /^https?$/ })
  .max(2000)
  .regex(/^https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/, { message: 'a URL is http(s) in RFC 3986 characters; percent-encode spaces, braces, quotes and non-ASCII' });

/** A BCP 47 language tag. */
export const LanguageTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, { message: 'a language is a BCP 47 tag such as en, zh or zh-Hans' })
  .meta({ description: 'BCP 47 tag, e.g. en or zh.' });
