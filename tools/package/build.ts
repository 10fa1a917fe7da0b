/**
 * Builds the game for a package: Vite with relative URLs (vite.config.ts sets base './') from a copy of
 * the packaged scenarios only, without the service worker files (a platform serves the course, and the
 * page does not register one when it is a package), and with the package's configuration in index.html.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'vite';
import { LMS_META, type LmsConfig } from '../../src/lms/config';

/** Builds the site into `outDir` from the scenarios of `scenariosDir` (all, or only `scenario`). */
export async function buildSite(root: string, scenariosDir: string, scenario: string | null, outDir: string): Promise<void> {
  const snapshot = `${outDir}.scenarios`;
  rmSync(snapshot, { recursive: true, force: true });
  mkdirSync(snapshot, { recursive: true });
  if (scenario === null) cpSync(scenariosDir, snapshot, { recursive: true });
  else {
    const from = join(scenariosDir, scenario);
    if (!existsSync(join(from, 'scenario.json'))) throw new Error(`There is no scenario "${scenario}" in ${scenariosDir}.`);
    cpSync(from, join(snapshot, scenario), { recursive: true });
  }
  const before = { scenarios: process.env.TRADE_GAME_SCENARIOS, nodeEnv: process.env.NODE_ENV };
  process.env.TRADE_GAME_SCENARIOS = snapshot;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), configLoader: 'runner', mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    restore('TRADE_GAME_SCENARIOS', before.scenarios);
    restore('NODE_ENV', before.nodeEnv);
    rmSync(snapshot, { recursive: true, force: true });
  }
  for (const f of readdirSync(outDir)) if (f === 'sw.js' || /^workbox-.*\.js$/.test(f) || f === 'registerSW.js') rmSync(join(outDir, f));
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Writes the package's configuration into a built index.html (as the meta element src/lms/config.ts reads). */
export function configure(outDir: string, config: LmsConfig): void {
  const file = join(outDir, 'index.html');
  const html = readFileSync(file, 'utf8');
  const content = JSON.stringify(config).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const meta = `<meta name="${LMS_META}" content="${content}">`;
  const without = html.replace(new RegExp(`\\s*<meta name="${LMS_META}"[^>]*>`), '');
  if (!without.includes('</head>')) throw new Error(`${file} has no </head>.`);
  writeFileSync(file, without.replace('</head>', `  ${meta}\n  </head>`));
}

/** Every file under a folder, relative, with "/" separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}
