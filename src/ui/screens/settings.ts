/** The settings dialog: language, sound and music volume, reduced motion, text size, high contrast. */
import { TEXT_SIZES, type Settings } from '../settings';
import type { UiContext } from '../context';
import { h, replaceChildren, uid } from '../dom';
import { openModal, type ReturnFocus } from './dialog';
import { languageSelect } from './language-select';

export interface SettingsInput {
  ctx: UiContext;
  settings: Settings;
  /** Whether motion is reduced now (setting or system preference). */
  reducedMotion: boolean;
  languages: readonly string[];
  onChange(patch: Partial<Settings>): void;
  onLanguage(lang: string): void;
  /** Asked when the dialog closes: the page behind may have been re-rendered meanwhile. */
  returnFocus: ReturnFocus;
}

/** An open settings dialog; refresh() re-renders it (after a language change) keeping the focused control. */
export interface SettingsDialog { refresh(input: SettingsInput): void; close(): void }

/** Opens the settings dialog. */
export function openSettings(input: SettingsInput, onClosed: () => void): SettingsDialog {
  const modal = openModal({ className: 'settings-dialog', returnFocus: input.returnFocus, onClose: onClosed });
  const render = (inp: SettingsInput) => {
    const focused = (document.activeElement as HTMLElement | null)?.dataset.setting;
    const { ctx, settings } = inp;
    const range = (setting: 'effectsVolume' | 'musicVolume', label: string) => {
      const id = uid(setting);
      const input = h('input', { id, type: 'range', min: 0, max: 100, step: 10, value: Math.round(settings[setting] * 100), 'data-setting': setting });
      const value = h('output', { for: id }, `${Math.round(settings[setting] * 100)} %`);
      input.setAttribute('aria-valuetext', `${Math.round(settings[setting] * 100)} %`);
      input.addEventListener('input', () => {
        value.textContent = `${input.value} %`;
        input.setAttribute('aria-valuetext', `${input.value} %`);
        inp.onChange({ [setting]: Number(input.value) / 100 });
      });
      return h('p', { class: 'field field-range' }, h('label', { for: id }, label), input, value);
    };
    const check = (setting: 'reducedMotion' | 'highContrast', label: string, checked: boolean) => {
      const id = uid(setting);
      const input = h('input', { id, type: 'checkbox', 'data-setting': setting });
      input.checked = checked;
      input.addEventListener('change', () => inp.onChange({ [setting]: input.checked }));
      return h('p', { class: 'field field-check' }, input, h('label', { for: id }, label));
    };
    const sizeId = uid('text-size');
    const size = h('select', { id: sizeId, 'data-setting': 'textSize' });
    for (const s of TEXT_SIZES) {
      const o = h('option', { value: s }, `${s} %`);
      o.selected = s === settings.textSize;
      size.append(o);
    }
    size.addEventListener('change', () => inp.onChange({ textSize: Number(size.value) as Settings['textSize'] }));
    replaceChildren(
      modal.dialog,
      h('h2', { id: 'settings-title' }, ctx.t('ui:settings.title')),
      languageSelect(ctx, inp.languages, inp.onLanguage),
      h('fieldset', {}, h('legend', {}, ctx.t('ui:settings.sound')),
        range('effectsVolume', ctx.t('ui:settings.effectsVolume')),
        range('musicVolume', ctx.t('ui:settings.musicVolume'))),
      h('fieldset', {}, h('legend', {}, ctx.t('ui:settings.display')),
        h('p', { class: 'field' }, h('label', { for: sizeId }, ctx.t('ui:settings.textSize')), size),
        check('reducedMotion', ctx.t('ui:settings.reducedMotion'), inp.reducedMotion),
        check('highContrast', ctx.t('ui:settings.highContrast'), settings.highContrast)),
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'button primary', 'data-action': 'close', onclick: () => modal.close() }, ctx.t('ui:settings.close'))),
    );
    modal.dialog.setAttribute('aria-labelledby', 'settings-title');
    if (focused) modal.dialog.querySelector<HTMLElement>(`[data-setting="${focused}"]`)?.focus();
  };
  render(input);
  return { refresh: render, close: () => modal.close() };
}
