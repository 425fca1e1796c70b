// The bundled-knowledge rows: each command, installed and in the checkout, timed right after its
// own `node -e 0` (the pair's ratio cancels the machine's noise, which hits both alike), and
// against `npm explain <dep> --json` timed in the same round. Medians of the per-round ratios.
import { tmpdir } from 'node:os';
import { baseEnv, median, quantile, round1, round2, timeRun } from './measure.mjs';

/**
 * `targets`: [{ name, command, args (before the command's own), cwd }]; `reference`: the npm
 * explain run. Each round takes the rows in turn; a row runs every target after a fresh
 * `node -e 0`, in an order that alternates from round to round.
 */
export function benchBundled(rows, targets, reference, rounds, progress) {
  const env = baseEnv();
  const cells = rows.flatMap(([label, argv, target, stretch]) => targets.map((t) => ({ label, argv, target, stretch, on: t, ms: [], base: [], ratios: [], npmRatios: [] })));
  const refRuns = [];
  const runCell = (c) => timeRun(c.on.command, [...c.on.args, ...c.argv], { env, cwd: c.on.cwd });
  // Two unmeasured rounds warm the file cache and tell which commands fail.
  for (let warm = 0; warm < 2; warm++) {
    for (const c of cells) {
      const run = c.failed ? undefined : runCell(c);
      if (run && run.status !== 0) c.failed = { status: run.status, error: run.error };
    }
    timeRun(process.execPath, ['-e', '0'], { env, cwd: tmpdir() });
  }
  for (let round = 0; round < rounds; round++) {
    progress(`round ${round + 1}/${rounds}`);
    const ref = timeRun(reference.command, reference.args, { env, cwd: reference.cwd });
    const refBase = timeRun(process.execPath, ['-e', '0'], { env, cwd: tmpdir() });
    if (ref.status === 0) refRuns.push({ ms: ref.ms, ratio: ref.ms / refBase.ms });
    const ordered = round % 2 === 0 ? cells : [...cells].reverse();
    for (const c of ordered) {
      if (c.failed) continue;
      const base = timeRun(process.execPath, ['-e', '0'], { env, cwd: tmpdir() });
      const run = runCell(c);
      if (run.status !== 0) {
        c.failed = { status: run.status, error: run.error };
        continue;
      }
      c.ms.push(run.ms);
      c.base.push(base.ms);
      c.ratios.push(run.ms / base.ms);
      if (ref.status === 0) c.npmRatios.push(run.ms / ref.ms);
    }
  }
  return { rows: cells.map(summary), reference: { command: reference.label, medianMs: round1(median(refRuns.map((r) => r.ms))), ratio: round2(median(refRuns.map((r) => r.ratio))), rounds: refRuns.length } };
}

function summary(c) {
  const met = c.failed || c.target == null ? null : median(c.ratios) <= c.target;
  return {
    command: c.label,
    on: c.on.name,
    argv: c.argv,
    ok: !c.failed,
    ...(c.failed ? { failure: c.failed } : {}),
    rounds: c.ms.length,
    medianMs: round1(median(c.ms)),
    baselineMedianMs: round1(median(c.base)),
    ratio: round2(median(c.ratios)),
    ratioP25: round2(quantile(c.ratios, 0.25)),
    ratioP75: round2(quantile(c.ratios, 0.75)),
    npmExplainRatio: round2(median(c.npmRatios)),
    target: c.target,
    ...(c.stretch ? { stretch: c.stretch, stretchMet: c.failed ? null : median(c.ratios) <= c.stretch } : {}),
    met,
  };
}
