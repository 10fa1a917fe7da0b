/**
 * A preview page for helper C's screens, played on test/fixtures/mini.json:
 * ?screen=report|hs|about &lang=en|fr|es &path=fail|win|broke &hc (high contrast) &open (HS) &rtl. Serve with
 * `npx vite --config test/ui/harness/vite.config.ts` and open /test/ui/harness/.
 */
import { createGame, encodeResultCode } from '../../../src/engine';
import { applyDocumentLanguage, createI18n, loadNamespaces } from '../../../src/i18n';
import { validateScenario } from '../../../src/scenario';
import { createAnnouncer } from '../../../src/ui/announcer';
import { createUiContext } from '../../../src/ui/context';
import { renderAbout } from '../../../src/ui/about';
import { openHsExplorer } from '../../../src/ui/hs';
import { renderReport } from '../../../src/ui/report';
import raw from '../../fixtures/mini.json';
import '../../../src/ui/styles.css';

const PATHS: Record<string, string[]> = {
  fail: ['roasted', 'skip', 'sea', 'deliver'],
  win: ['green', 'apply', 'air', 'deliver'],
  broke: ['green', 'splurge'],
};

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang') ?? 'en';
  document.documentElement.classList.toggle('high-contrast', params.has('hc'));
  const i18n = await createI18n(lang);
  await loadNamespaces(i18n, ['report', 'hs', 'about']);
  applyDocumentLanguage(lang);
  const checked = validateScenario(raw);
  if (!checked.ok) throw new Error('mini.json is not valid');
  const scenario = checked.scenario;
  const base = createUiContext({ i18n, currency: scenario.currency, announce: createAnnouncer(document.body) });
  // &rtl previews right-to-left layout with the current strings (no right-to-left language ships yet)
  const ctx = params.has('rtl') ? { ...base, dir: 'rtl' as const } : base;
  if (params.has('rtl')) document.documentElement.dir = 'rtl';
  const root = document.getElementById('root') as HTMLElement;
  const screen = params.get('screen') ?? 'report';
  if (screen === 'about') {
    renderAbout(root, { ctx, scenario, onBack: () => root.append('back') });
  } else if (screen === 'hs') {
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = 'Open the HS explorer';
    open.addEventListener('click', () => openHsExplorer({ ctx, candidates: ['0901.11', '0901.21'], returnFocus: open, onClose: () => { document.body.dataset.closed = 'yes'; } }));
    const main = document.createElement('main');
    main.append(h1('HS decision'), open);
    root.append(main);
    if (params.has('open')) open.click();
  } else {
    const game = createGame(scenario, 7);
    const mode = params.get('mode') === 'challenge' ? 'challenge' : 'coach';
    for (const c of PATHS[params.get('path') ?? 'fail'] ?? []) game.choose(c, c === 'sea' || c === 'air' ? ['green-lane'] : []);
    renderReport(root, {
      ctx, report: game.report(), view: game.view(), scenario, mode, resultCode: encodeResultCode(game, mode),
      onPlayAgain: () => { document.body.dataset.action = 'play-again'; }, onMenu: () => { document.body.dataset.action = 'menu'; },
    });
  }
  document.body.dataset.ready = 'yes';
}

function h1(text: string): HTMLElement {
  const el = document.createElement('h1');
  el.textContent = text;
  return el;
}

void start();
