/** The semantic rules, run in this order after the shape check. */
import type { Rule } from './context.js';
import {
  claimsHaveCause,
  claimsHaveEvidence,
  erratumTrustsOneReading,
  establishedRestsOnStrongEvidence,
  evidenceHasSource,
} from './evidence.js';
import { aliasesAreUnique, noDuplicateIds } from './identity.js';
import { derivationsAreAcyclic, modelsReleasedAfterParents } from './lineage.js';
import { activeParametersFitTotal, benchmarkScoresAreNamed, teachersAreNotParents } from './quantities.js';
import { noDanglingReferences } from './references.js';
import { appliesToUseTheMethod } from './scope.js';
import { regradesAreSupported, reviewsFollowTheirSources, scalesAreOrdered } from './reviews.js';
import { sourcesAreCited } from './sources.js';

export const RULES: Rule[] = [
  noDuplicateIds,
  aliasesAreUnique,
  noDanglingReferences,
  derivationsAreAcyclic,
  modelsReleasedAfterParents,
  claimsHaveEvidence,
  evidenceHasSource,
  claimsHaveCause,
  appliesToUseTheMethod,
  establishedRestsOnStrongEvidence,
  erratumTrustsOneReading,
  reviewsFollowTheirSources,
  regradesAreSupported,
  scalesAreOrdered,
  benchmarkScoresAreNamed,
  activeParametersFitTotal,
  teachersAreNotParents,
  sourcesAreCited,
];

/**
 * The rules the graph and the queries rely on to run at all (one entity per id, references that
 * resolve to the right kind, no lineage cycle): what a cached knowledge base must pass again.
 */
export const STRUCTURAL_RULES: Rule[] = [noDuplicateIds, noDanglingReferences, derivationsAreAcyclic];
