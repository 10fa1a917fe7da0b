/**
 * Renders galleries of the world's art to PNG with Chromium (playwright-core):
 *   npx tsx tools/gallery.ts            docs/images/looks-gallery.png and docs/images/stages-gallery.png
 *   npx tsx tools/gallery.ts --cast DIR every character of the shipped scenarios, one sheet per scenario, into DIR
 * The author guide (docs/scenario-format.md) shows the two docs images.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  ACCESSORIES, AGE_BANDS, CLOTHING, FACIAL_HAIR, GLASSES, HAIR_COLOURS, HAIR_STYLES, HEADWEAR, OUTFIT_COLOURS, SKIN_TONES, STAGES,
  type CharacterLook,
} from '../src/scenario/index';
import { drawBackdrop } from '../src/world/art/backdrops';
import { drawCharacter } from '../src/world/art/character';
import { frameFor } from '../src/world/layout';
import { resolveLook } from '../src/world/looks';
import { FRIENDLY } from '../src/world/palette';

const BASE: CharacterLook = { presentation: 'person', skin: 'medium', hair: 'short', hairColour: 'dark-brown', clothing: 'shirt', colour: 'teal' };
const FIG = 150;

interface Cell { label: string; svg: string }
interface Row { title: string; cells: Cell[] }

const figure = (look: CharacterLook, label: string): Cell => ({ label, svg: drawCharacter(FRIENDLY, resolveLook(look, label), 'neutral', 'open', FIG) });

/** One row per option of the look, each option shown on a base figure. */
function lookRows(): Row[] {
  const row = <T extends string>(title: string, values: readonly T[], make: (v: T) => CharacterLook): Row => ({ title, cells: values.map((v) => figure(make(v), v)) });
  return [
    row('presentation', ['woman', 'man', 'person'] as const, (v) => ({ ...BASE, presentation: v, hair: v === 'woman' ? 'long' : 'short' })),
    row('age', AGE_BANDS, (v) => ({ ...BASE, age: v, hairColour: v === 'senior' ? 'grey' : 'dark-brown' })),
    row('skin', SKIN_TONES, (v) => ({ ...BASE, skin: v })),
    row('hair', HAIR_STYLES, (v) => ({ ...BASE, hair: v })),
    row('hairColour', HAIR_COLOURS, (v) => ({ ...BASE, hair: 'wavy', hairColour: v })),
    row('facialHair', FACIAL_HAIR, (v) => ({ ...BASE, presentation: 'man', facialHair: v })),
    row('clothing', CLOTHING, (v) => ({ ...BASE, clothing: v })),
    row('colour', OUTFIT_COLOURS, (v) => ({ ...BASE, clothing: 'blazer', colour: v })),
    row('headwear', HEADWEAR, (v) => ({ ...BASE, headwear: v })),
    row('glasses', GLASSES, (v) => ({ ...BASE, glasses: v })),
    row('accessories', ACCESSORIES, (v) => ({ ...BASE, accessories: [v] })),
  ];
}

function stageRows(): Row[] {
  const w = 360;
  const h = 230;
  const cells = STAGES.map((stage) => ({ label: stage, svg: drawBackdrop(stage, frameFor(w, h), FRIENDLY) }));
  return [{ title: 'stage', cells }];
}

interface ScenarioFile { title: string; characters?: Record<string, { name: string; role: string; look?: CharacterLook | string }> }

function castRows(dir: string): Array<{ id: string; rows: Row[] }> {
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => {
    const s = JSON.parse(readFileSync(join(dir, e.name, 'scenario.json'), 'utf8')) as ScenarioFile;
    const cells = Object.values(s.characters ?? {}).map((c) => ({ label: `${c.name} — ${c.role}`, svg: drawCharacter(FRIENDLY, resolveLook(c.look as CharacterLook, c.name), 'neutral', 'open', 220) }));
    return { id: e.name, rows: [{ title: s.title, cells }] };
  });
}

function page(rows: Row[], cellWidth: number): string {
  const body = rows.map((r) => `<section><h2>${r.title}</h2><div class="row">${r.cells.map((c) => `<figure style="width:${cellWidth}px">${c.svg}<figcaption>${c.label}</figcaption></figure>`).join('')}</div></section>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { margin: 0; padding: 16px 20px; font: 14px system-ui, sans-serif; color: #2d3a4a; background: #f7f3ea; width: max-content; max-width: 1560px; }
    h2 { font-size: 15px; margin: 10px 0 4px; font-family: ui-monospace, monospace; color: #2f4b6e; }
    .row { display: flex; flex-wrap: wrap; gap: 6px; }
    figure { margin: 0; text-align: center; background: #fff; border-radius: 10px; padding: 6px 4px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
    figure svg { display: block; margin: 0 auto; }
    figcaption { font: 12px ui-monospace, monospace; margin-top: 2px; }
  </style></head><body>${body}</body></html>`;
}

async function shoot(html: string, file: string, width: number): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const p = await browser.newPage({ viewport: { width, height: 600 } });
    await p.setContent(html);
    await p.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
  } finally {
    await browser.close();
  }
}

const castAt = process.argv.indexOf('--cast');
if (castAt >= 0) {
  const out = process.argv[castAt + 1] ?? 'tmp/cast';
  mkdirSync(out, { recursive: true });
  for (const { id, rows } of castRows('scenarios')) await shoot(page(rows, 190), join(out, `cast-${id}.png`), 1400);
} else {
  mkdirSync('docs/images', { recursive: true });
  await shoot(page(lookRows(), 112), 'docs/images/looks-gallery.png', 1560);
  await shoot(page(stageRows(), 364), 'docs/images/stages-gallery.png', 1560);
}
