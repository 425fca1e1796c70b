/** Decide once whether text output is coloured: flags, then FORCE_COLOR, NO_COLOR, TERM and the TTY. */
import type { Io } from './io.js';

export function shouldColor(io: Io, flags: { json: boolean; color?: boolean }): boolean {
  if (flags.json) return false;
  if (flags.color !== undefined) return flags.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  return io.isTTY;
}
