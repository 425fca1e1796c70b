/** The one picture every graph-shaped result projects to; mermaid and dot draw it. */
import type { ConcludedLevel, Confidence } from '../kb/scales.js';
import type { Change } from './types.js';

/** A model in a picture. */
export interface GraphNode {
  id: string;
  label: string;
  group: string | null;
  /** The capability's level on this model, when the picture is about one capability. */
  level: ConcludedLevel | null;
  /** Focus of the query (the traced model, the two diffed models). */
  focus: boolean;
}

/** A derivation from one input (edges sharing an id are one merge step); `from` is null for training from scratch. */
export interface GraphEdge {
  id: string;
  from: string | null;
  to: string;
  label: string;
  account: string | null;
  confidence: Confidence;
  change: Change | null;
}

/** A distillation teacher's outputs feeding a derivation into another model: drawn apart, never a weight edge. */
export interface GraphTeaching {
  /** The derivation the teacher's outputs were data for. */
  id: string;
  from: string;
  to: string;
}

/** A titled picture: models, the derivations between them, and which models taught which. */
export interface GraphView {
  title: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  teachings: GraphTeaching[];
}
