/** Levels as a compact table: strongest first, everything at the same level and confidence on one row, inferred ones marked `~`. */
import { CONFIDENCES } from '../../kb/scales.js';
import type { ModelLevel } from '../../queries/types.js';
import { hanging } from './layout.js';
import { confidence, level, text, type Style } from './style.js';
import { table } from './table.js';

const LEVEL_ORDER = ['strong', 'present', 'weak', 'none', 'unknown'];

/** A table of `levels`, naming each row's capabilities (a model's page) or models (a capability's trace). */
export function levelTable(st: Style, levels: ModelLevel[], columns: number, name: 'capability' | 'model'): string[] {
  const rows = new Map<string, { l: ModelLevel; names: string[] }>();
  const rank = (l: ModelLevel) => LEVEL_ORDER.indexOf(l.level) * 10 + (l.confidence ? CONFIDENCES.indexOf(l.confidence) : 9);
  for (const l of [...levels].sort((a, b) => rank(a) - rank(b))) {
    const key = `${l.level}|${l.confidence}`;
    const row = rows.get(key) ?? { l, names: [] };
    row.names.push(`${l.basis === 'inferred' ? '~' : ''}${text(l[name])}`);
    rows.set(key, row);
  }
  const cells = [...rows.values()].map(({ l, names }) => [level(st, l.level), l.level === 'unknown' ? '' : confidence(st, l.confidence), names.join(', ')]);
  const inferred = levels.some((l) => l.basis === 'inferred');
  const legend = inferred ? hanging('  ', st.dim('~ inferred along the lineage, not claimed; the others are claimed.'), columns, 2) : [];
  return [...table(st, ['level', 'confidence', name === 'model' ? 'models' : 'capabilities'], cells, columns), ...legend];
}
