/**
 * Path-dependent texts (textVariants) in the checker: ids unique within their text, their conditions
 * checked like every other condition, their keys translated and extracted like every other text.
 */
import { describe, expect, it } from 'vitest';
import { checkScenarioText, collectStrings, fingerprint, validateScenario, type Scenario } from '../../src/scenario';
import { mergeTranslation } from '../../tools/commands/extract';
import { hsCodes, miniText } from './helpers';

const mini = () => JSON.parse(miniText) as Record<string, any>;
const check = (data: unknown, translations: { lang: string; file: string; text: string }[] = []) =>
  checkScenarioText('s.json', JSON.stringify(data, null, 2), { hsCodes, translations }).diagnostics;
const at = (data: unknown, code: string) => check(data).filter((d) => d.code === code).map((d) => d.path.join('.'));

/** mini, with a success ending that praises the AEO status only when the flag says so. */
function withVariants(): Record<string, any> {
  const d = mini();
  d.nodes.success.textVariants = [{ id: 'with-aeo', when: { type: 'flag', flag: 'aeo' }, text: 'On time, and your AEO status sped up every check.' }];
  d.nodes.inspection.outcomes[0].textVariants = [{ id: 'trusted', when: { type: 'visited', node: 'aeo' }, text: 'Cleared at once: you are a trusted trader.' }];
  d.consequences['hs-hold'].textVariants = [{ id: 'costly', when: { type: 'var', var: 'quality', op: '>=', value: 2 }, text: 'The wrong code holds good coffee: {days:4} lost.' }];
  return d;
}

const scenarioOf = (d: unknown): Scenario => {
  const r = validateScenario(d);
  if (!r.ok) throw new Error('invalid');
  return r.scenario;
};

describe('text variants', () => {
  it('a scenario with variants on an ending, an outcome and a consequence checks clean; a variable read by a variant counts as used', () => {
    expect(check(mini()).map((x) => x.code)).toEqual(['unused-variable']);
    expect(check(withVariants()).map((x) => x.code)).toEqual([]);
  });

  it('reports two variants with one id in one text, at the second', () => {
    const d = withVariants();
    d.nodes.success.textVariants.push({ id: 'with-aeo', when: { type: 'flag', flag: 'wrongHs' }, text: 'Other.' });
    expect(at(d, 'duplicate-id')).toEqual(['nodes.success.textVariants.1.id']);
    const ok = withVariants();
    ok.nodes.refused.textVariants = [{ id: 'with-aeo', when: { type: 'flag', flag: 'aeo' }, text: 'Refused despite your AEO status.' }];
    expect(at(ok, 'duplicate-id')).toEqual([]);
  });

  it('checks the flags, variables and nodes their conditions name', () => {
    const d = withVariants();
    d.nodes.success.textVariants[0].when = { type: 'all', of: [{ type: 'flag', flag: 'coldChain' }] };
    d.nodes.inspection.outcomes[0].textVariants[0].when.node = 'aoe';
    d.consequences['hs-hold'].textVariants[0].when.var = 'qualty';
    expect(at(d, 'undefined-flag')).toEqual(['nodes.success.textVariants.0.when.of.0.flag']);
    expect(at(d, 'dangling-reference')).toEqual(['nodes.inspection.outcomes.0.textVariants.0.when.node']);
    expect(at(d, 'undefined-variable')).toEqual(['consequences.hs-hold.textVariants.0.when.var']);
  });

  it('a flag tested only by a variant counts as tested; one never set is reported there', () => {
    const d = withVariants();
    d.flags.push('praised');
    d.nodes.aeo.choices[0].effects.push({ type: 'flag', flag: 'praised' });
    d.nodes.success.textVariants[0].when.flag = 'praised';
    expect(at(d, 'unused-flag')).toEqual([]);
    d.nodes.aeo.choices[0].effects.pop();
    expect(at(d, 'flag-never-set')).toEqual(['nodes.success.textVariants.0.when.flag']);
  });

  it('translations must cover the variant keys, and `extract` writes them', () => {
    const d = withVariants();
    const s = scenarioOf(d);
    const variantKeys = ['nodes.success.variants.with-aeo.text', 'nodes.inspection.outcomes.green-lane.variants.trusted.text', 'consequences.hs-hold.variants.costly.text'];
    expect(collectStrings(s).map((x) => x.key)).toEqual(expect.arrayContaining(variantKeys));
    const { translation } = mergeTranslation(s, 'fr', undefined);
    expect(Object.keys(translation.strings)).toEqual(expect.arrayContaining(variantKeys));

    const strings = Object.fromEntries(collectStrings(s).map((x) => [x.key, { text: `fr ${x.text}`, source: fingerprint(x.text) }]));
    const file = (omit?: string) => ({ lang: 'fr', file: 'fr.json', text: JSON.stringify({ format: 1, scenario: 'mini', lang: 'fr', strings: Object.fromEntries(Object.entries(strings).filter(([k]) => k !== omit)) }) });
    const inFr = (omit?: string) => check(d, [file(omit)]).filter((x) => x.file === 'fr.json' && x.severity !== 'info').map((x) => x.code);
    expect(inFr()).toEqual([]);
    expect(inFr('nodes.success.variants.with-aeo.text')).toEqual(['missing-translation']);
  });
});
