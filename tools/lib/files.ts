/** Finding and reading scenario files for the CLIs. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenarioText, type Scenario, type Translation } from '../../src/scenario';

/** Expands files and folders into scenario files: a folder yields every scenario.json below it. */
export function scenarioFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) {
        if (e === 'node_modules' || e === 'locales' || e.startsWith('.')) continue;
        const child = join(p, e);
        if (statSync(child).isDirectory()) walk(child);
        else if (e === 'scenario.json') out.push(child);
      }
    } else out.push(p);
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`No such file or folder: ${p}`);
    walk(p);
  }
  return out;
}

/** Reads and validates one scenario file; throws with a readable message when it is not a valid scenario. */
export function readScenario(file: string): Scenario {
  const r = parseScenarioText(readFileSync(file, 'utf8'));
  if (!r.ok) {
    const first = r.problems[0];
    throw new Error(`${file}: not a valid scenario (${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown problem'}). Run "npm run scenario -- check ${file}" for every problem.`);
  }
  return r.scenario;
}

/** The folder holding a scenario's translations: <scenario folder>/locales. */
export function localesDir(scenarioFile: string): string {
  return join(dirname(scenarioFile), 'locales');
}

/** Reads every translation file beside a scenario (lang → parsed JSON, unvalidated). */
export function readTranslationFiles(scenarioFile: string): { lang: string; file: string; text: string }[] {
  const dir = localesDir(scenarioFile);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ lang: basename(f, '.json'), file: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
}

/** The languages the game offers: the folders of src/i18n/locales that hold UI strings (ui.json), sorted. */
export function gameLanguages(dir = fileURLToPath(new URL('../../src/i18n/locales', import.meta.url))): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((l) => existsSync(join(dir, l, 'ui.json'))).sort();
}

export type { Scenario, Translation };
