/** A condition of the scenario in a few words of the author's language, e.g. "hasAeo and money ≥ 500". */
import { isObject, type Json, type JsonObject } from './model';

const OPS: Record<string, string> = { '>=': '≥', '<=': '≤', '!=': '≠', '==': '=', '<': '<', '>': '>' };

export function describeCondition(c: Json | undefined, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (!isObject(c)) return '?';
  const op = OPS[String(c.op)] ?? String(c.op);
  const list = (key: 'and' | 'or') => (Array.isArray(c.of) ? c.of.map((x) => describeCondition(x, t)) : []).reduce((a, b) => (a ? t(`editor:cond.${key}`, { a, b }) : b), '');
  switch (c.type) {
    case 'flag': return c.is === false ? t('editor:cond.notFlag', { flag: c.flag }) : String(c.flag);
    case 'var': return `${String(c.var)} ${op} ${String(c.value)}`;
    case 'score': return `${String(c.dimension)} ${op} ${String(c.value)}`;
    case 'money': return t('editor:cond.money', { op, value: c.value });
    case 'day': return t('editor:cond.day', { op, value: c.value });
    case 'visited': return t(c.is === false ? 'editor:cond.notSeen' : 'editor:cond.seen', { node: c.node });
    case 'all': return list('and');
    case 'any': return list('or');
    case 'not': return t('editor:cond.not', { a: describeCondition(c.cond, t) });
    default: return '?';
  }
}

/** The kinds of condition the schema allows, in the order the editor offers them. */
export const CONDITION_KINDS = ['flag', 'var', 'money', 'day', 'score', 'visited', 'all', 'any', 'not'] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];
export const COMPARISONS = ['>=', '>', '==', '!=', '<', '<='] as const;

/** What a new condition can name: the scenario's flags, variables and nodes. */
export interface ConditionContext { readonly flags: readonly string[]; readonly variables: readonly string[]; readonly nodes: readonly string[] }

/**
 * The condition of another kind that keeps what it can of `c`: a group (all/any) or "not" wraps it, a group
 * turned into the other group keeps its members, a comparison keeps its operator and value, and a new name
 * is the scenario's first flag, variable or node.
 */
export function convertCondition(c: Json | undefined, kind: ConditionKind, x: ConditionContext): JsonObject {
  const old = isObject(c) ? c : {};
  const op = typeof old.op === 'string' && (COMPARISONS as readonly string[]).includes(old.op) ? old.op : '>=';
  const value = typeof old.value === 'number' ? old.value : 0;
  switch (kind) {
    case 'flag': return { type: 'flag', flag: typeof old.flag === 'string' ? old.flag : (x.flags[0] ?? '') };
    case 'var': return { type: 'var', var: typeof old.var === 'string' ? old.var : (x.variables[0] ?? ''), op, value };
    case 'money': return { type: 'money', op, value };
    case 'day': return { type: 'day', op, value };
    case 'score': return { type: 'score', dimension: typeof old.dimension === 'string' ? old.dimension : 'market', op, value };
    case 'visited': return { type: 'visited', node: typeof old.node === 'string' ? old.node : (x.nodes[0] ?? '') };
    case 'all':
    case 'any':
      if ((old.type === 'all' || old.type === 'any') && Array.isArray(old.of)) return { type: kind, of: old.of };
      if (old.type === 'not' && isObject(old.cond)) return { type: kind, of: [old.cond] };
      return { type: kind, of: [isObject(c) ? c : convertCondition(undefined, 'money', x)] };
    case 'not':
      if ((old.type === 'all' || old.type === 'any') && Array.isArray(old.of) && old.of.length === 1 && isObject(old.of[0])) return { type: 'not', cond: old.of[0] };
      return { type: 'not', cond: isObject(c) ? c : convertCondition(undefined, 'money', x) };
  }
}

/** A new condition for an author who has not chosen a kind yet: the first flag if there is one, else money. */
export const newCondition = (x: ConditionContext): JsonObject => (x.flags.length > 0 ? convertCondition(undefined, 'flag', x) : convertCondition(undefined, 'money', x));
