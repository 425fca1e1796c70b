/** Text from a knowledge file quoted in a message: long values are cut, so one message stays one readable line. */

/** `text` cut to `max` characters, ending in `…` when cut. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}
