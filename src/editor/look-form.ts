/** A character's look: the described look's fields with the values the schema allows, or an old preset letter. */
import { ACCESSORIES, AGE_BANDS, CLOTHING, FACIAL_HAIR, GLASSES, HAIR_COLOURS, HAIR_STYLES, HEADWEAR, LOOK_PRESETS, OUTFIT_COLOURS, PRESENTATIONS, SKIN_TONES } from '../scenario';
import { h, uid } from '../ui/dom';
import { portraitUrl } from '../ui/portrait';
import { pathAttr, type FieldKit } from './form-fields';
import { getAt, isObject, type JsonObject, type Path } from './model';
import { characterIds } from './names';

/** A look for the n-th character, different enough from the others' that the checker does not call them alike. */
export function newLook(n: number): JsonObject {
  return {
    presentation: PRESENTATIONS[n % PRESENTATIONS.length]!, skin: SKIN_TONES[(n * 2 + 2) % SKIN_TONES.length]!,
    hair: HAIR_STYLES[(n * 5 + 2) % HAIR_STYLES.length]!, clothing: CLOTHING[(n * 3 + 2) % CLOTHING.length]!, colour: OUTFIT_COLOURS[(n * 7 + 1) % OUTFIT_COLOURS.length]!,
  };
}

const REQUIRED = [['presentation', PRESENTATIONS], ['skin', SKIN_TONES], ['hair', HAIR_STYLES], ['clothing', CLOTHING]] as const;
/** Optional fields with the value the game draws when a field is left out. */
const OPTIONAL = [['age', AGE_BANDS, 'adult'], ['hairColour', HAIR_COLOURS, 'black'], ['facialHair', FACIAL_HAIR, 'none'], ['colour', OUTFIT_COLOURS, 'teal'], ['headwear', HEADWEAR, 'none'], ['glasses', GLASSES, 'none']] as const;

export function lookFields(k: FieldKit, path: Path): HTMLElement {
  const { t, a } = k;
  const look = getAt(k.data, path);
  const box = h('fieldset', { class: 'ed-list ed-look' }, h('legend', {}, t('editor:look.title')));
  const n = Math.max(0, characterIds(k.data).indexOf(String(path[1])));
  const describe = k.button(t('editor:look.describe'), path, () => a.set(path, newLook(n), { structural: true }));
  if (look === undefined) {
    box.append(h('p', { class: 'ed-hint' }, t('editor:look.none')), describe);
    return box;
  }
  // The portrait as the game draws it.
  const name = getAt(k.data, [...path.slice(0, -1), 'name']);
  const src = portraitUrl(look, typeof name === 'string' ? name : '');
  if (src) box.append(h('img', { class: 'ed-portrait', src, alt: t('editor:look.portrait', { name: typeof name === 'string' ? name : String(path[1]) }) }));
  if (!isObject(look)) {
    box.append(k.select(path, t('editor:look.preset'), k.names(LOOK_PRESETS)), h('p', { class: 'ed-hint' }, t('editor:look.presetHint')), describe);
    return box;
  }
  const values = (key: string, list: readonly string[]) => k.enumOpts(list, `editor:lookValue.${key}`);
  for (const [key, list] of REQUIRED) box.append(k.select([...path, key], t(`editor:look.${key}`), values(key, list)));
  for (const [key, list, standard] of OPTIONAL) box.append(k.field([...path, key], { kind: 'select', label: t(`editor:look.${key}`), options: values(key, list), optional: true, noneLabel: t('editor:look.default', { value: t(`editor:lookValue.${key}.${standard}`) }) }));
  // Accessories: up to four, as checkboxes (the others are disabled once four are chosen).
  const chosen = Array.isArray(look.accessories) ? look.accessories.filter((x): x is string => typeof x === 'string') : [];
  const group = h('fieldset', { class: 'ed-checks', 'data-path': pathAttr([...path, 'accessories']) }, h('legend', {}, t('editor:look.accessories')));
  for (const acc of ACCESSORIES) {
    const id = uid('ed-acc');
    const on = chosen.includes(acc);
    const box2 = h('input', { id, type: 'checkbox', checked: on, disabled: !on && chosen.length >= 4 });
    box2.addEventListener('change', () => {
      const next = box2.checked ? [...chosen, acc] : chosen.filter((x) => x !== acc);
      a.set([...path, 'accessories'], next.length ? next : undefined, { structural: true });
    });
    group.append(h('span', { class: 'ed-check' }, box2, h('label', { for: id }, t(`editor:lookValue.accessories.${acc}`))));
  }
  box.append(group);
  return box;
}
