/** What the workshop screens need from the app (given by App for ?join= and ?trainer=1). */
import type { i18n as I18n } from 'i18next';
import type { Presentation } from '../../app/presentation';
import type { Settings } from '../../app/settings';
import type { UiContext } from '../context';

export interface WorkshopHost {
  readonly root: HTMLElement;
  readonly i18n: I18n;
  readonly announce: UiContext['announce'];
  readonly presentation: Presentation;
  settings(): Settings;
  openSettings(opener: HTMLElement | null): void;
}
