/** JSON Schemas of the pieces results share: views of entities, levels, dictionaries. */
import { ASSUMPTION_IDS } from '../graph/assumptions.js';
import { CONCLUDED_LEVELS, CONFIDENCES, DIRECTIONS, LEVELS, MECHANISMS, QUANTITY_UNITS, QUESTION_STATUSES, STANCES } from '../kb/scales.js';
import { arr, bool, int, nullable, num, obj, oneOf, str, type JsonSchema } from './schema-dsl.js';

/** A confidence, strongest first. */
export const confidence = oneOf(CONFIDENCES);
/** A level, weakest first. */
export const level = oneOf(LEVELS);
/** A concluded level: a level or `unknown`. */
export const concludedLevel = oneOf(CONCLUDED_LEVELS);
/** How a model comes by a level. */
export const basis = oneOf(['explicit', 'inferred', 'unknown']);
/** An assumption of the walk, by id. */
export const assumptionId = oneOf(ASSUMPTION_IDS);
/** See Assumption. */
export const assumption = obj({ id: assumptionId, statement: str, cap: confidence });
/** What a derivation did to a capability. */
export const change = oneOf(['appears', 'raised', 'unchanged', 'weakened', 'lost', 'restored', 'unknown']);
/** A list of ids. */
export const ids = arr(str);

const datePoint = str;
/** A date at its precision: a point, a range, circa or by. */
export const fuzzyDate: JsonSchema = { anyOf: [datePoint, obj({ from: datePoint, to: datePoint }), obj({ circa: datePoint }), obj({ by: datePoint })] };
/** A number with its unit. */
export const quantity = obj({ value: num, unit: oneOf(QUANTITY_UNITS), approximate: bool, note: str }, ['approximate', 'note']);

/** See CapabilityRef. */
export const capabilityRef = obj({ id: str, name: str, kind: oneOf(['ability', 'limitation']), aliases: ids, description: nullable(str) });
/** See ModelRef. */
export const modelRef = obj({ id: str, name: str, series: nullable(str) });
/** See SourceView. */
export const sourceView = obj({
  id: str,
  kind: str,
  title: str,
  authors: ids,
  year: nullable(int),
  date: nullable(fuzzyDate),
  venue: nullable(str),
  arxiv: nullable(str),
  doi: nullable(str),
  url: nullable(str),
});
/** See EvidenceView. */
export const evidenceView = obj({ source: nullable(str), locator: nullable(str), stance: oneOf(STANCES), kind: str, note: str, verification: nullable(str) });
/** See ClaimView. */
export const claimView = obj({
  id: str,
  kind: oneOf(['exhibits', 'origin', 'effect']),
  statement: str,
  confidence,
  authorsGrade: nullable(str),
  capability: str,
  model: nullable(str),
  method: nullable(str),
  derivation: nullable(str),
  mechanism: nullable(oneOf(MECHANISMS)),
  direction: nullable(oneOf(DIRECTIONS)),
  level: nullable(level),
  notation: nullable(str),
  tradedFor: nullable(str),
  appliesTo: ids,
  competesWith: ids,
  evidence: arr(evidenceView),
});
/** See DerivationView. */
export const derivationView = obj({
  id: str,
  from: ids,
  to: str,
  methods: ids,
  basis: oneOf(['weights', 'recipe']),
  account: nullable(str),
  confidence,
  authorsGrade: nullable(str),
  date: nullable(fuzzyDate),
  data: arr(obj({ what: str, amount: nullable(quantity), source: nullable(str), locator: nullable(str) })),
  competesWith: ids,
  teachers: ids,
  description: nullable(str),
});
/** See QuestionView. */
/** An erratum's readings. */
export const erratumView = obj({
  id: str,
  about: ids,
  readings: arr(obj({ source: str, locator: nullable(str), says: str, trusted: bool })),
  note: nullable(str),
});

export const questionView = obj({
  id: str,
  question: str,
  description: nullable(str),
  status: oneOf(QUESTION_STATUSES),
  about: ids,
  raisedBy: arr(obj({ source: str, locator: nullable(str) })),
});
const modelLevelProps = {
  model: str,
  capability: str,
  level: concludedLevel,
  basis,
  confidence: nullable(confidence),
  assumption: nullable(assumptionId),
  claim: nullable(str),
  via: nullable(str),
  appearsAt: nullable(str),
};
/** See ModelLevel. */
export const modelLevel = obj(modelLevelProps);
/** See MatrixCell. */
export const matrixCell = obj({ ...modelLevelProps, mark: nullable(str) });
/** The dictionary properties several results share. */
export const dictionaries = { modelRefs: arr(modelRef), derivations: arr(derivationView), claims: arr(claimView), sources: arr(sourceView) };
/** See TraceStep. */
export const traceStep = obj({
  derivation: str,
  from: nullable(str),
  inputs: ids,
  to: str,
  before: concludedLevel,
  after: concludedLevel,
  change,
  unexplained: bool,
  claims: ids,
  confidence: nullable(confidence),
  mark: nullable(str),
  followed: bool,
});
/** See TreeRow. */
export const treeRow = obj({ model: str, depth: int, derivation: nullable(str), merge: bool, followed: bool, repeat: bool });
/** The properties of a GraphView. */
export const graphView = {
  title: str,
  nodes: arr(obj({ id: str, label: str, group: nullable(str), level: nullable(concludedLevel), focus: bool })),
  edges: arr(obj({ id: str, from: nullable(str), to: str, label: str, account: nullable(str), confidence, change: nullable(change) })),
  teachings: arr(obj({ id: str, from: str, to: str })),
};
