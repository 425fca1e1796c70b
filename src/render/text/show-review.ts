/** `show REVIEW`: the later look at a claim, its date, the grade it sets, and its evidence. */
import type { Review } from '../../kb/types.js';
import type { EvidenceView } from '../../queries/types.js';
import { hanging } from './layout.js';
import { evidenceLines } from './names.js';
import { header, hints, section, type PageContext } from './page.js';
import { confidence, text } from './style.js';

/** The describe page of a review. */
export function reviewPage(p: PageContext): string[] {
  const r = p.r.entity as unknown as Review;
  const grade = r.confidence ? `grades it ${confidence(p.st, r.confidence)} from ${text(r.date)}` : `adds evidence, dated ${text(r.date)}`;
  const out = header(p, `review of ${text(r.claim)} · ${grade}`, [r.statement]);
  const claim = p.names.claim(r.claim);
  if (claim) out.push('', ...hanging(`${p.st.bold('The claim:')} `, `${text(claim.statement)} (${claim.confidence} in force)`, p.columns, 2));
  const evidence: EvidenceView[] = (r.evidence ?? []).map((e) => ({ source: e.source ?? null, locator: e.locator ?? null, stance: e.stance, kind: e.kind, note: e.note, verification: e.verification ?? null }));
  const tally = (['supports', 'contradicts', 'qualifies'] as const).map((s) => evidence.filter((e) => e.stance === s).length);
  out.push(...section(p.st, `Evidence (${tally[0]} for, ${tally[1]} against, ${tally[2]} qualifying)`, evidenceLines(p.st, p.names, evidence, p.columns, 2), p.columns));
  return [...out, ...hints(p.st, [`show ${r.claim}`, `impact ${r.id}`], p.columns)];
}
