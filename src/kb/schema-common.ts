/** Value schemas shared by the knowledge entities: ids, dates, quantities, evidence. */
import './zod-jitless.js';
import { z } from 'zod';
import {
  CONFIDENCES,
  DATE_EVENTS,
  EVIDENCE_KINDS,
  QUANTITY_UNITS,
  STANCES,
  VERIFICATION_STATUSES,
} from './scales.js';

const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/**
 * Longest id, alias or account. The bundled ids reach 56 characters; a cap keeps a hostile id
 * (40,000 characters) from making every did-you-mean comparison expensive.
 */
export const MAX_NAME_LENGTH = 100;

/** An entity id: lower-case letters and digits, joined by `-` or `.` (e.g. `text-davinci-002`). */
export const Id = z
  .string()
  .max(MAX_NAME_LENGTH)
  .regex(ID_PATTERN, { message: 'an id is lower-case letters and digits joined by "-" or "." (e.g. text-davinci-002)' })
  .meta({ description: `Lower-case id, unique across every kind of entity (at most ${MAX_NAME_LENGTH} characters).`, examples: ['text-davinci-002'] });

/** A reference to another entity, by id. */
export const Ref = Id.meta({ description: 'The id of another entity.' });

/** A calendar point at its true precision: a year, a month or a day that exists (no 2022-02-30). */
export const DatePoint = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'a date is YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)',
  })
  .superRefine((point, ctx) => {
    const problem = impossibleDay(point);
    if (problem) ctx.addIssue({ code: 'invalid_format', format: 'date', message: problem, input: point });
  })
  .meta({ description: 'YYYY, YYYY-MM or YYYY-MM-DD: write only the precision you know.', examples: ['2022-11'] });

/** Why YYYY-MM-DD names no day (2022-02-30, 2023-02-29), or undefined. */
function impossibleDay(point: string): string | undefined {
  if (point.length !== 10) return undefined;
  const [year, month, day] = point.split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month: the last of this one
  return day > days ? `no such day: ${MONTHS[month - 1]} ${year} has ${days} days` : undefined;
}

// Not toLocaleString: starting ICU for it cost ~20 ms of every validation.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const DateRange = z
  .strictObject({ from: DatePoint, to: DatePoint })
  .meta({ description: 'Somewhere between two dates, e.g. the article\'s "April to July 2022".' });

export const DateCirca = z
  .strictObject({ circa: DatePoint })
  .meta({ description: 'Roughly this date.' });

export const DateBy = z
  .strictObject({ by: DatePoint })
  .meta({ description: 'No later than this date, e.g. a model known to be in use by then.' });

/** A date with its precision: a point, a range, "circa" or "by". */
export const FuzzyDate = z.union([DatePoint, DateRange, DateCirca, DateBy]);

/** One report of a date, kept beside others that disagree with it. */
export const DateReport = z.strictObject({
  date: FuzzyDate,
  event: z.enum(DATE_EVENTS).meta({ description: 'What happened on this date.' }),
  source: Ref.meta({ description: 'The source that gives this date.' }),
  locator: z.string().optional().meta({ description: 'Where in the source (section, table, page).' }),
  trusted: z.boolean().optional().meta({ description: 'True for the report the knowledge base trusts.' }),
  note: z.string().optional(),
});

/** A number with its unit. */
export const Quantity = z.strictObject({
  value: z.number().finite().nonnegative(),
  unit: z.enum(QUANTITY_UNITS),
  approximate: z.boolean().optional().meta({ description: 'True when the value is rounded or estimated.' }),
  note: z.string().optional(),
});

/** A quantity with a label saying what it measures, used as evidence. */
export const LabelledQuantity = Quantity.extend({
  label: z.string().min(1).meta({ description: 'What is measured, e.g. "InstructGPT SFT prompts".' }),
  benchmark: z.string().min(1).optional().meta({
    description: 'The benchmark a score is on, e.g. "AIME 2024"; the value is then the score (unit percent or rating).',
  }),
  metric: z.string().min(1).optional().meta({ description: 'How the benchmark is scored, e.g. "pass@1" or "cons@64".' }),
});

/** A pointer to a source, optionally to a place in it. */
export const SourceRef = z.strictObject({
  source: Ref,
  locator: z.string().optional().meta({ description: 'Section, table, figure or page.' }),
});

/** The sizes of the models a study looked at, in parameters: what its finding can speak for. */
export const ModelScale = z
  .strictObject({
    from: z.number().finite().positive().meta({ description: 'Parameters of the smallest model studied.' }),
    to: z.number().finite().positive().optional().meta({ description: 'Parameters of the largest, when several sizes were studied.' }),
    note: z.string().optional(),
  })
  .meta({ description: 'Parameters of the models studied, e.g. { from: 470000000, to: 2800000000 }.' });

/** One piece of evidence for or against a claim. */
export const Evidence = z.strictObject({
  source: Ref.optional().meta({ description: 'The source this evidence comes from (required by rule EVIDENCE_WITHOUT_SOURCE).' }),
  locator: z.string().optional().meta({ description: 'Where in the source: section, table, figure, page.' }),
  stance: z.enum(STANCES),
  kind: z.enum(EVIDENCE_KINDS).meta({
    description: 'controlled-experiment: one factor varied, the rest held fixed; meta-analysis: a re-analysis of others\' results.',
  }),
  note: z.string().min(1).meta({ description: 'One line, in our own words.' }),
  scale: ModelScale.optional(),
  quantities: z.array(LabelledQuantity).optional().meta({ description: 'Numbers the evidence rests on.' }),
  verification: z.enum(VERIFICATION_STATUSES).optional().meta({
    description: 'confirmed in the primary source, reported by a secondary source, or unconfirmed.',
  }),
});

export const Confidence = z.enum(CONFIDENCES).meta({
  description: 'established > likely > hypothesis > speculative > open.',
});
