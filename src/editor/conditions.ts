/** A condition of the scenario in a few words of the author's language, e.g. "hasAeo and money ≥ 500". */
import { isObject, type Json } from './model';

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
