/**
 * Reading a cache entry in pieces. The writer puts one entity per line (cache-write.ts), so the
 * entry can be parsed a megabyte of lines at a time instead of as one string: at 100k models
 * that string was 150 MB held beside its bytes and the objects parsed from it. An entry not in
 * exactly that layout (an older or hand-made one) is left to a whole-document parse.
 */
import { SECTIONS, type Section } from './types.js';

const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 20;

/** The entry's key and knowledge base (sections and places) when `bytes` has the writer's layout. */
export function parseEntryLines(bytes: Buffer): { key: unknown; kb: Record<string, unknown> } | undefined {
  const lines = lineReader(bytes);
  try {
    const head = lines.next();
    if (head === undefined || !head.text.startsWith('{"key":') || !head.text.endsWith(',"kb":{')) return undefined;
    const { key } = JSON.parse(`${head.text}}}`) as { key: unknown };
    const kb: Record<string, unknown> = {};
    for (const section of SECTIONS) {
      if (lines.next()?.text !== `${JSON.stringify(section)}:[`) return undefined;
      const list = readSection(bytes, lines);
      if (!list) return undefined;
      kb[section satisfies Section] = list;
    }
    const places = lines.next()?.text;
    if (places === undefined || !places.startsWith('"places":') || lines.next()?.text !== '}}' || lines.next() !== undefined) return undefined;
    kb.places = (JSON.parse(`{${places}}`) as { places: unknown }).places;
    return { key, kb };
  } catch {
    return undefined; // a piece that is not JSON: the caller's whole parse decides
  }
}

/** Entity lines up to the section's closing `],`, parsed a chunk at a time. */
function readSection(bytes: Buffer, lines: ReturnType<typeof lineReader>): unknown[] | undefined {
  const list: unknown[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start < 0) return;
    // Lines end with the comma between entities; the last of a chunk may too.
    const text = bytes.toString('utf8', start, bytes[end - 1] === 0x2c ? end - 1 : end);
    for (const entity of JSON.parse(`[${text}]`) as unknown[]) list.push(entity);
    start = -1;
  };
  for (let line = lines.next(true); line !== undefined; line = lines.next(true)) {
    if (line.end - line.start === 2 && bytes[line.start] === 0x5d && bytes[line.start + 1] === 0x2c) {
      flush();
      return list;
    }
    if (start < 0) start = line.start;
    end = line.end;
    if (end - start >= CHUNK_BYTES) flush();
  }
  return undefined; // the section never closed
}

/** Lines of `bytes` (without their newline); `next(true)` gives positions only, without decoding the text. */
function lineReader(bytes: Buffer) {
  let at = 0;
  return {
    next(positionsOnly = false): { start: number; end: number; text: string } | undefined {
      if (at >= bytes.length) return undefined;
      const start = at;
      const nl = bytes.indexOf(NEWLINE, start);
      const end = nl < 0 ? bytes.length : nl;
      at = end + 1;
      return { start, end, text: positionsOnly ? '' : bytes.toString('utf8', start, end) };
    },
  };
}
