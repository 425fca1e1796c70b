// Plain-text tables for the benchmark's results.
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const ms = (x) => (x == null ? '—' : x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const times = (x) => (x == null ? '—' : `${x.toFixed(2)}×`);

function goal(r) {
  if (r.target == null) return '—';
  const verdict = r.met == null ? '' : r.met ? 'met' : 'NOT MET';
  const stretch = r.stretch ? `, stretch ${r.stretch}× ${r.stretchMet ? 'met' : 'not met'}` : '';
  return `≤ ${r.target}× ${verdict}${stretch}`;
}

export function printBundled(bundled, rounds) {
  const lines = bundled.rows.map((r) =>
    r.ok
      ? [r.command, r.on, ms(r.medianMs), ms(r.baselineMedianMs), times(r.ratio), `${r.ratioP25.toFixed(2)}–${r.ratioP75.toFixed(2)}`, times(r.npmExplainRatio), goal(r)]
      : [r.command, r.on, 'failed', '', '', '', '', `exit ${r.failure.status}: ${String(r.failure.error).slice(0, 60)}`],
  );
  const ref = bundled.reference;
  return [
    `Bundled knowledge: ${rounds} rounds; each run paired with its own node -e 0, medians of the per-pair ratios`,
    table(['command', 'run', 'median', 'node -e 0', 'ratio', 'p25–p75', '÷ npm explain', 'goal (ratio to node -e 0)'], lines),
    `${ref.command}: median ${ms(ref.medianMs)}, ${times(ref.ratio)} node -e 0 (${ref.rounds} rounds)`,
  ].join('\n');
}

export function printScale(scale) {
  const sizes = [...new Set(scale.rows.map((r) => r.models))];
  const label = (n) => (n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const keys = [...new Set(scale.rows.map((r) => `${r.command} ${r.mode}`))];
  const lines = keys.map((k) => {
    const cells = sizes.map((n) => scale.rows.find((r) => `${r.command} ${r.mode}` === k && r.models === n));
    const growth = scale.growth.filter((g) => `${g.command} ${g.mode}` === k).map((g) => `×${g.time.toFixed(1)}`).join(' / ') || '—';
    return [k, ...cells.map((c) => (!c ? '' : c.ok ? ms(c.medianMs) : `failed (exit ${c.failure.status})`)), growth, ...cells.map((c) => (c?.ok && c.peakRssMb != null ? `${Math.round(c.peakRssMb)}` : '—'))];
  });
  const packs = sizes.map((n) => {
    const r = scale.rows.find((x) => x.models === n);
    return `${label(n)} = ${r.entities} entities, ${r.megabytes} MB`;
  });
  const headers = ['command', ...sizes.map((n) => `${label(n)} time`), 'per ×10', ...sizes.map((n) => `${label(n)} RSS MB`)];
  return `Generated packs (--kb; ${packs.join('; ')}); peak RSS by ${scale.rssMethod}; node -e 0 took ${ms(scale.baselineMedianMs)} meanwhile\n${table(headers, lines)}`;
}
