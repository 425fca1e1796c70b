/** The text renderer's visual vocabulary: confidence, level, stance and change at a glance, coloured through chalk. */
import type { ChalkInstance } from 'chalk';
import type { ConcludedLevel, Confidence, Level, Stance } from '../../kb/scales.js';
import type { Change } from '../../queries/types.js';
import type { DiffChange } from './diff-changes.js';
import { sanitizeLine } from '../sanitize.js';

type Paint = (text: string) => string;
type Colour = Exclude<keyof Style, 'enabled'>;

/** Colour functions for the text renderers; identity when there is no chalk (colour off). */
export interface Style {
  /** Whether colour is on. */
  enabled: boolean;
  bold: Paint;
  dim: Paint;
  id: Paint;
  heading: Paint;
  good: Paint;
  warn: Paint;
  bad: Paint;
  info: Paint;
}

/** A style from a chalk instance (or plain text without one). */
export function makeStyle(chalk?: ChalkInstance): Style {
  const plain: Paint = (t) => t;
  if (!chalk || chalk.level === 0) return { enabled: false, bold: plain, dim: plain, id: plain, heading: plain, good: plain, warn: plain, bad: plain, info: plain };
  return {
    enabled: true,
    bold: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    id: (t) => chalk.cyan(t),
    heading: (t) => chalk.bold.underline(t),
    good: (t) => chalk.green(t),
    warn: (t) => chalk.yellow(t),
    bad: (t) => chalk.red(t),
    info: (t) => chalk.blue(t),
  };
}

const CONFIDENCE_MARK: Record<Confidence, [string, Colour]> = {
  established: ['●●●●', 'good'],
  likely: ['●●●○', 'good'],
  hypothesis: ['●●○○', 'warn'],
  speculative: ['●○○○', 'bad'],
  open: ['○○○○', 'bad'],
};

/** Just the dots of a confidence (`●●●○`), coloured. */
export function confidenceMark(s: Style, c: Confidence | null): string {
  if (!c) return s.dim('····');
  const [mark, paint] = CONFIDENCE_MARK[c];
  return s[paint](mark);
}

/** `●●●○ likely`, coloured by strength; `? unknown` when there is none. */
export function confidence(s: Style, c: Confidence | null): string {
  if (!c) return s.dim('···· unknown');
  const [mark, paint] = CONFIDENCE_MARK[c];
  return s[paint](`${mark} ${c}`);
}

const LEVEL_MARK: Record<Level, [string, Colour]> = {
  none: ['···', 'dim'],
  weak: ['■··', 'warn'],
  present: ['■■·', 'good'],
  strong: ['■■■', 'good'],
};

/** `■■· present`, coloured; `??? unknown` when nothing is known. */
export function level(s: Style, l: ConcludedLevel | null): string {
  if (!l || l === 'unknown') return s.dim('??? unknown');
  const [mark, paint] = LEVEL_MARK[l];
  return s[paint](`${mark} ${l}`);
}

const STANCE_MARK: Record<Stance, [string, Colour]> = {
  supports: ['+ for    ', 'good'],
  contradicts: ['− against', 'bad'],
  qualifies: ['~ but    ', 'warn'],
};

/** `+ for` / `− against` / `~ but`, coloured. */
export function stance(s: Style, st: Stance): string {
  const [mark, paint] = STANCE_MARK[st];
  return s[paint](mark);
}

// One mark per change, shared by trace and diff; coloured by direction (up green, down red, unclear yellow).
// No-break spaces keep each mark and its word together when a table wraps.
const CHANGE_MARK: Record<Change | DiffChange, [string, Colour]> = {
  appears: ['★\u00a0appears', 'good'],
  gained: ['+\u00a0gained', 'good'],
  raised: ['▲\u00a0raised', 'good'],
  unchanged: ['=\u00a0unchanged', 'dim'],
  weakened: ['▼\u00a0weakened', 'bad'],
  lowered: ['▼\u00a0lowered', 'bad'],
  lost: ['−\u00a0lost', 'bad'],
  restored: ['↺\u00a0restored', 'info'],
  unknown: ['?\u00a0unknown', 'dim'],
  unexplained: ['?\u00a0unexplained', 'warn'],
};

/** `▼ weakened`, `↺ restored`…, coloured. */
export function change(s: Style, c: Change | DiffChange): string {
  const [mark, paint] = CHANGE_MARK[c];
  return s[paint](mark);
}

/** Knowledge text made safe for one line of a terminal. */
export function text(value: string | null | undefined): string {
  return value ? sanitizeLine(value) : '';
}
