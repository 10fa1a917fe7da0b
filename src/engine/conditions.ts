/** The condition catalog: every condition type a scenario may use, evaluated against the state. */
import type { Condition } from '../scenario';
import type { GameState } from './state';

type Op = '==' | '!=' | '<' | '<=' | '>' | '>=';

export function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
  }
}

/** True when the condition holds in this state. */
export function holds(c: Condition, st: GameState): boolean {
  switch (c.type) {
    case 'flag': return (st.flags[c.flag] === true) === (c.is ?? true);
    case 'var': return compare(st.vars[c.var] ?? 0, c.op, c.value);
    case 'money': return compare(st.money, c.op, c.value);
    case 'day': return compare(st.day, c.op, c.value);
    case 'score': return compare(st.scores[c.dimension], c.op, c.value);
    case 'visited': return st.visited.includes(c.node) === (c.is ?? true);
    case 'all': return c.of.every((x) => holds(x, st));
    case 'any': return c.of.some((x) => holds(x, st));
    case 'not': return !holds(c.cond, st);
  }
}
