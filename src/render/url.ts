/** URLs written into other formats (BibTeX, RDF): unsafe characters percent-encoded, nothing dropped. */

// What may not stand raw in a URL: BibTeX's braces, LaTeX's backslash, and what RFC 3986 and Turtle's IRIREF exclude.
const URL_UNSAFE = /[\x00-\x20\x7f{}\\^`|"<>]|[^\x00-\x7f]|%(?![0-9a-fA-F]{2})/gu;

/** A URL with every unsafe character percent-encoded (UTF-8), never silently dropped. */
export function encodeUrl(url: string): string {
  return url.replace(URL_UNSAFE, (c) => [...new TextEncoder().encode(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}
