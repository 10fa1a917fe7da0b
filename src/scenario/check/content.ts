/** Checks on the teaching content: HS codes, decisions, unavailable choices, chance weights, texts. */
import type { Scenario } from '../schema';
import { collectStrings } from '../strings';
import { error, warning, type Finding, type JsonPath } from './finding';

/** The HS 2022 subheadings ("0901.11"), optionally with descriptions. */
export type HsCodes = ReadonlySet<string> | ReadonlyMap<string, string>;

/** unknown-hs-code, hs-decision-without-codes, hs-decision-without-product-code, missing-reason,
 *  reason-without-requires, zero-weights, zero-weight-outcome, unknown-text-token, unbalanced-bold, unused-character. */
export function contentFindings(s: Scenario, hsCodes: HsCodes | undefined): Finding[] {
  const out: Finding[] = [];
  const hs = (code: string, path: JsonPath) => {
    if (hsCodes && !hsCodes.has(code)) out.push(error('unknown-hs-code', path, `${JSON.stringify(code)} is not an HS 2022 subheading.`, { hint: hsHint(code, hsCodes) }));
  };
  if (s.product.hs !== null) hs(s.product.hs, ['product', 'hs']);
  const speakers = new Set<string>();
  for (const [id, n] of Object.entries(s.nodes)) {
    const p = ['nodes', id];
    if (n.type === 'scene') {
      if (n.speaker) speakers.add(n.speaker);
      const isHs = n.decision === 'hs';
      n.choices.forEach((c, i) => {
        const cp = [...p, 'choices', i];
        if (c.hs !== undefined) hs(c.hs, [...cp, 'hs']);
        if (!isHs && c.hs !== undefined) out.push(warning('hs-decision-without-codes', [...cp, 'hs'], `Choice "${c.id}" names an HS code, but scene "${id}" is not an HS decision.`, { hint: 'Add "decision": "hs" to the scene, or remove "hs" from the choice.' }));
        if (c.requires && c.whenUnavailable !== 'hide' && c.reason === undefined) out.push(warning('missing-reason', cp, `Choice "${c.id}" can be shown disabled but has no "reason".`, { hint: 'Add "reason": a short text saying why it is unavailable (e.g. "Needs an AEO certificate."), or set "whenUnavailable": "hide".' }));
        if (!c.requires && (c.reason !== undefined || c.whenUnavailable !== undefined)) out.push(warning('reason-without-requires', [...cp, c.reason !== undefined ? 'reason' : 'whenUnavailable'], `Choice "${c.id}" has ${c.reason !== undefined ? '"reason"' : '"whenUnavailable"'} but no "requires", so it is always available.`, { hint: 'Add the condition under "requires", or remove it.' }));
      });
      // One option without a code is legitimate ("services have no HS code", "ask for a binding ruling"); none at all is not.
      if (isHs && n.choices.every((c) => c.hs === undefined)) out.push(warning('hs-decision-without-codes', p, `HS decision "${id}" offers no choice with an HS code.`, { at: 'key', hint: 'Give the options the codes they stand for, e.g. "hs": "0901.11", so the HS explorer can mark them.' }));
      if (isHs && s.product.hs !== null && n.choices.some((c) => c.hs !== undefined) && !n.choices.some((c) => c.hs === s.product.hs)) {
        out.push(warning('hs-decision-without-product-code', p, `HS decision "${id}" does not offer the product's code ${JSON.stringify(s.product.hs)}.`, { at: 'key', hint: 'Offer the correct code among the choices, or correct "product.hs".' }));
      }
    } else if (n.type === 'chance') {
      // Weight 0 plus an "add" modifier is an outcome that exists only when its condition holds (the guide's pattern);
      // whether some outcome can be drawn in every reachable state is for the analysis, which plays them all.
      const canGain = (o: (typeof n.outcomes)[number]) => (o.modifiers ?? []).some((m) => (m.add ?? 0) > 0);
      if (n.outcomes.every((o) => o.weight === 0 && !canGain(o))) {
        out.push(error('zero-weights', p, `Every outcome of chance node "${id}" has weight 0 and no modifier adds to any of them, so nothing can ever be drawn.`, {
          at: 'key',
          hint: 'Give at least one outcome a positive weight (weights are relative: 70 and 30 mean 70% and 30%). Or, for outcomes that exist only in some situations, keep weight 0 and add a modifier such as { "when": <condition>, "add": 50 } to each, so that in every situation one condition holds: check then plays every reachable state and reports any where all weights stay 0.',
        }));
      } else n.outcomes.forEach((o, i) => {
        if (o.weight === 0 && !canGain(o)) out.push(warning('zero-weight-outcome', [...p, 'outcomes', i, 'weight'], `Outcome "${o.id}" has weight 0 and no modifier adds to it, so it is never drawn.`, { hint: 'Give it a weight, add a modifier with "add", or remove it.' }));
      });
    }
  }
  for (const str of collectStrings(s)) {
    for (const m of str.text.matchAll(/\{([a-zA-Z]+):([^{}]*)\}/g)) {
      if (/^(money|days|number|percent):-?\d{1,12}(\.\d{1,4})?$/.test(`${m[1]}:${m[2]}`) || /^var:[a-zA-Z][a-zA-Z0-9_]{0,63}$/.test(`${m[1]}:${m[2]}`)) continue;
      out.push(warning('unknown-text-token', str.path, `${JSON.stringify(m[0])} is not a text token, so it is shown literally.`, { within: m.index, hint: 'Tokens are {money:1200}, {days:3}, {number:5}, {percent:10} and {var:name}; write numbers without separators or units.' }));
    }
    if ((str.text.split('**').length - 1) % 2 === 1) out.push(warning('unbalanced-bold', str.path, 'This text has an odd number of ** markers, so bold is never closed (here is the last one).', { within: str.text.lastIndexOf('**'), hint: 'Write **bold** with a pair of markers around the words.' }));
  }
  for (const id of Object.keys(s.characters ?? {})) {
    if (!speakers.has(id)) out.push(warning('unused-character', ['characters', id], `Character ${JSON.stringify(id)} never speaks.`, { at: 'key', hint: `Name it as "speaker" of a scene, or remove it.` }));
  }
  return out;
}

function hsHint(code: string, codes: HsCodes): string {
  const heading = code.slice(0, 4);
  const siblings = [...codes.keys()].filter((c) => c.startsWith(`${heading}.`));
  if (siblings.length) {
    const more = siblings.length > 8 ? `, and ${siblings.length - 8} more` : '';
    if (!(codes instanceof Map)) return `Heading ${heading} has: ${siblings.slice(0, 8).join(', ')}${more}.`;
    // The words every subheading of the heading shares are said once; what tells them apart is shown whole.
    const texts = siblings.map((c) => String(codes.get(c) ?? ''));
    const shared = commonLead(texts);
    const rest = (t: string) => ellipsis(t.slice(shared.length).trim() || t, 160);
    return `Heading ${heading}${shared ? ` (${shared.replace(/[;,:\s]+$/, '')})` : ''} has: ${siblings.slice(0, 8).map((c, i) => `${c} ${rest(texts[i] as string)}`).join('; ')}${more}.`;
  }
  const chapter = [...codes.keys()].filter((c) => c.startsWith(code.slice(0, 2)));
  return chapter.length ? `HS 2022 has no heading ${heading}; chapter ${code.slice(0, 2)} has headings ${[...new Set(chapter.map((c) => c.slice(0, 4)))].slice(0, 12).join(', ')}.` : `HS 2022 has no chapter ${code.slice(0, 2)}.`;
}

/** The words (up to a "; ", ", " or ": ") that every text starts with; "" when they share none or there is one text. */
function commonLead(texts: readonly string[]): string {
  if (texts.length < 2) return '';
  let n = 0;
  const first = texts[0] as string;
  while (n < first.length && texts.every((t) => t[n] === first[n])) n++;
  const cut = Math.max(first.lastIndexOf('; ', n - 1), first.lastIndexOf(', ', n - 1), first.lastIndexOf(': ', n - 1));
  return cut > 0 ? first.slice(0, cut + 2) : '';
}

function ellipsis(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
