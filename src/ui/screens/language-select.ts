/** The language menu, each language named in itself. */
import { languageName } from '../../i18n';
import type { UiContext } from '../context';
import { h, uid } from '../dom';

/** A labelled <select> of languages that calls onChange with the chosen code. */
export function languageSelect(ctx: UiContext, languages: readonly string[], onChange: (lang: string) => void): HTMLElement {
  const id = uid('language');
  const select = h('select', { id, name: 'language', 'data-setting': 'language' });
  for (const lang of languages) {
    const option = h('option', { value: lang, lang }, languageName(lang));
    if (lang === ctx.lang) option.selected = true;
    select.append(option);
  }
  select.addEventListener('change', () => onChange(select.value));
  return h('p', { class: 'field field-language' }, h('label', { for: id }, ctx.t('ui:settings.language')), select);
}
