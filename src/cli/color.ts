/**
 * Decide once whether text output is coloured: --json and --color/--no-color first, then Node's
 * own rule, `tty.WriteStream#hasColors()` (FORCE_COLOR, NO_COLOR, NODE_DISABLE_COLORS, TERM=dumb,
 * the terminal TERM names, CI, TMUX, …), for a terminal — and for a pipe only when FORCE_COLOR asks.
 */
import { WriteStream } from 'node:tty';
import type { Io } from './io.js';

export function shouldColor(io: Io, flags: { json: boolean; color?: boolean }): boolean {
  if (flags.json) return false;
  if (flags.color !== undefined) return flags.color;
  if (!io.isTTY && io.env.FORCE_COLOR === undefined) return false;
  // hasColors reads only the environment it is given, not the stream, so the injected one decides (tests run the CLI as a function).
  return WriteStream.prototype.hasColors(io.env);
}
