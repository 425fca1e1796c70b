/** Word a zod issue as a KbIssue: the entity, the field, the bad value and what would be valid. */
import type { z } from 'zod';
import { issue, type IssueCode, type KbIssue } from './issues.js';
import { allowedKeysAt } from './schema-keys.js';
import { shorten } from './shorten.js';
import { didYouMean, type SuggestionBudget } from './suggest.js';

export interface IssueScope {
  /** e.g. "model `davinci`" */
  label: string;
  item: unknown;
  /** Path of the entity in the file, e.g. ['models', 3]. */
  path: ReadonlyArray<PropertyKey>;
  schema: z.ZodType;
  where: (path: ReadonlyArray<PropertyKey>, key?: string) => Omit<KbIssue, 'code' | 'severity' | 'message'>;
  /** Shared by every suggestion of the run. */
  budget?: SuggestionBudget;
}

export function zodIssueToKbIssue(zi: z.core.$ZodIssue, scope: IssueScope): KbIssue {
  const inner = zi.path as PropertyKey[];
  const field = inner.length > 0 ? `\`${inner.join('.')}\`` : 'the entry';
  const full = [...scope.path, ...inner];
  const value = valueAt(scope.item, inner);
  const say = (code: IssueCode, text: string, key?: string) => issue(code, `${scope.label}: ${text}`, scope.where(full, key));
  switch (zi.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeysAt(scope.schema, inner, scope.item);
      const key = zi.keys[0] ?? '';
      const more = zi.keys.length > 6 ? `, and ${zi.keys.length - 6} more` : ''; // 10,000 bad keys make one readable line
      const extra = zi.keys.length > 1 ? ` (and ${zi.keys.slice(1, 6).map((k) => `\`${k}\``).join(', ')}${more})` : '';
      const named = key === '' ? 'an empty key (`~` or nothing before `:`)' : `unknown key \`${key}\``;
      return say('UNKNOWN_KEY', `${named}${extra} in ${field}.${key === '' ? '' : didYouMean(key, allowed, scope.budget)} Allowed keys: ${allowed.join(', ')}`, key);
    }
    case 'invalid_type':
      if (value === undefined) return say('MISSING_FIELD', `missing required field ${field} (${zi.expected})`);
      return say('WRONG_TYPE', `${field} must be ${article(zi.expected)}, not ${describe(value)}`);
    case 'invalid_value':
      return say('INVALID_VALUE', `${field} is ${describe(value)}; expected one of ${zi.values.map(String).join(', ')}.${didYouMean(String(value), zi.values.map(String), scope.budget)}`);
    case 'invalid_union':
      return unionIssue(zi, field, value, say);
    case 'invalid_format':
      return say('INVALID_FORMAT', `${field} is ${describe(value)}: ${zi.message}`);
    case 'too_small':
    case 'too_big':
      return say('OUT_OF_RANGE', rangeMessage(zi, field, value));
    default:
      return say('INVALID_VALUE', `${field}: ${zi.message}`);
  }
}

function unionIssue(zi: z.core.$ZodIssueInvalidUnion, field: string, value: unknown, say: (c: IssueCode, t: string) => KbIssue): KbIssue {
  const discriminator = (zi as { discriminator?: string }).discriminator;
  if (discriminator) {
    const tag = zi.path.at(-1) === discriminator ? value : (value as Record<string, unknown> | undefined)?.[discriminator];
    return say(tag === undefined ? 'MISSING_FIELD' : 'INVALID_VALUE', `\`${discriminator}\` is ${describe(tag)}; expected one of exhibits, origin, effect`);
  }
  return say('INVALID_VALUE', `${field} is ${describe(value)}; expected a date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted), {from: …, to: …} or {circa: …}`);
}

function rangeMessage(zi: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, field: string, value: unknown): string {
  const bound = zi.code === 'too_small' ? zi.minimum : zi.maximum;
  if (zi.origin === 'array') return `${field} needs ${zi.code === 'too_small' ? 'at least' : 'at most'} ${bound} item(s)`;
  if (zi.origin === 'string') return zi.code === 'too_small' ? `${field} must not be empty` : `${field} is ${String(value).length} characters long; it may have at most ${bound}`;
  return `${field} is ${describe(value)}; it must be ${zi.code === 'too_small' ? 'at least' : 'at most'} ${bound}`;
}

function valueAt(item: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = item;
  for (const segment of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[segment];
  return value;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${shorten(value)}"`;
  return `${typeof value} ${String(value)}`;
}

function article(expected: string): string {
  const word = expected === 'array' ? 'list' : expected === 'object' ? 'mapping' : expected;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
