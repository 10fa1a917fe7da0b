/**
 * Checks of what sources can back: every source says what kind it is (a rule, guidance, or an indicative
 * figure), and teaching (a choice's, outcome's or consequence's feedback, a "learn more" text) never rests
 * on an indicative source such as a vendor's price page.
 */
import type { Scenario, Score } from '../schema';
import { warning, type Finding, type JsonPath } from './finding';

/** source-kind-missing, indicative-source-teaches. */
export function sourceFindings(s: Scenario): Finding[] {
  const out: Finding[] = [];
  const kinds = new Map<string, string | undefined>();
  s.sources.forEach((src, i) => {
    kinds.set(src.id, src.kind);
    if (src.kind === undefined) {
      out.push(warning('source-kind-missing', ['sources', i], `Source ${JSON.stringify(src.id)} does not say what kind of source it is.`, {
        at: 'key',
        hint: 'Add "kind": "rule" (a primary or official text: WCO, ICC, WTO, IPPC, a law, a customs authority), "guidance" (an official or institutional guide) or "indicative" (a vendor or market page that backs a price, fee or time only).',
      }));
    }
  });
  const teaches = (source: string | undefined, path: JsonPath, what: string) => {
    if (source === undefined || kinds.get(source) !== 'indicative') return;
    out.push(warning('indicative-source-teaches', path, `${what} teaches with source ${JSON.stringify(source)}, which is marked "indicative": it can back a figure, not a rule.`, {
      hint: 'Cite a primary or official source for the rule (WCO, ICC, WTO, ITC, IPPC, EUR-Lex, a national customs or trade ministry) and keep the vendor page for the figure only.',
    }));
  };
  const scores = (list: readonly Score[] | undefined, path: JsonPath, what: string) =>
    list?.forEach((sc, i) => teaches(sc.source, [...path, 'scores', i, 'source'], `The ${sc.dimension} feedback of ${what}`));
  for (const [dim, lm] of Object.entries(s.learnMore ?? {})) teaches(lm?.source, ['learnMore', dim, 'source'], `The "learn more" text for ${dim}`);
  for (const [id, c] of Object.entries(s.consequences ?? {})) scores(c.scores, ['consequences', id], `consequence "${id}"`);
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.type === 'scene') n.choices.forEach((c, ci) => scores(c.scores, ['nodes', id, 'choices', ci], `choice "${c.id}" of "${id}"`));
    if (n.type === 'chance') n.outcomes.forEach((o, oi) => scores(o.scores, ['nodes', id, 'outcomes', oi], `outcome "${o.id}" of "${id}"`));
  }
  return out;
}
