/** js-yaml's schema for the fast path (see parse-yaml-fast.ts). */
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

/**
 * Plain scalars typed exactly as the `yaml` package's core schema types them (the same tests,
 * in the same order, and the same conversions; see yaml/dist/schema/core), so both paths give
 * equal values. Quoted and block scalars stay strings in both. One type per tag: js-yaml keeps
 * only the last of several types with one tag.
 */
type Rule = [test: RegExp, construct: (s: string) => unknown];

/** Each type's tests, behind a check of the first character that most scalars (words) fail at once. */
function coreType(tag: string, firsts: string, rules: Rule[]): Type {
  const rule = (s: string | null) => (s === null || (s.length > 0 && !firsts.includes(s[0]!)) ? undefined : rules.find(([test]) => test.test(s)));
  return new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => rule(s) !== undefined, construct: (s: string) => rule(s)![1](s) });
}

export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    coreType('null', '~nN', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    coreType('bool', 'tTfF', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    coreType('int', '+-0123456789', [
      [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
    ]),
    coreType('float', '+-.0123456789', [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
  ],
});
