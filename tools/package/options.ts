/** The packager's command line: `npm run package -- --format scorm12|cmi5 --scenario <id>|all [options]`. */
import type { FeedbackMode } from '../../src/engine';

export type PackageFormat = 'scorm12' | 'cmi5';

export interface PackageOptions {
  readonly format: PackageFormat;
  /** A scenario id, or null for every scenario (the picker). */
  readonly scenario: string | null;
  readonly lang: string | null;
  readonly mode: FeedbackMode | null;
  /** The readiness (0–100) a learner needs to pass; null: "completed" only. */
  readonly pass: number | null;
  readonly out: string;
}

export const USAGE = `Usage: npm run package -- --format scorm12|cmi5 --scenario <id>|all [options]

Writes a course package (a zip) for a learning platform: the game, built to run from any folder
with no network, and imsmanifest.xml (SCORM 1.2, one SCO) or cmi5.xml (cmi5, one assignable unit).

Options:
  --format scorm12|cmi5      the package format (required)
  --scenario <id>|all        one scenario, or "all" for the picker with every scenario (required)
  --lang <code>              the language the game opens in (default: the learner's browser)
  --mode coach|challenge     the feedback mode (default: the learner's setting)
  --pass <0-100>|none        the readiness needed to pass (default 70); "none" reports completed only
  --out <dir>                where the zip goes (default: packages)`;

/** Parses the arguments; a string is the problem to print (with the usage). */
export function parseOptions(argv: readonly string[]): PackageOptions | string {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i] as string;
    if (!['--format', '--scenario', '--lang', '--mode', '--pass', '--out'].includes(name)) return `Unknown option "${name}".`;
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return `${name} needs a value.`;
    values.set(name, value);
    i++;
  }
  const format = values.get('--format');
  if (format !== 'scorm12' && format !== 'cmi5') return '--format must be scorm12 or cmi5.';
  const scenario = values.get('--scenario');
  if (!scenario) return '--scenario is required (a scenario id, or all).';
  if (scenario !== 'all' && !/^[a-z0-9][a-z0-9-]{0,63}$/.test(scenario)) return `"${scenario}" is not a scenario id.`;
  const lang = values.get('--lang') ?? null;
  if (lang !== null && !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(lang)) return `"${lang}" is not a language code.`;
  const mode = values.get('--mode') ?? null;
  if (mode !== null && mode !== 'coach' && mode !== 'challenge') return '--mode must be coach or challenge.';
  const passText = values.get('--pass') ?? '70';
  const pass = passText === 'none' ? null : Number(passText);
  if (pass !== null && (!/^\d+(\.\d+)?$/.test(passText) || pass > 100)) return '--pass must be a number from 0 to 100, or none.';
  return { format, scenario: scenario === 'all' ? null : scenario, lang, mode, pass, out: values.get('--out') ?? 'packages' };
}

/** The zip's file name, e.g. trade-game-coffee-scorm12-fr-challenge.zip. */
export function packageName(o: PackageOptions): string {
  return ['trade-game', o.scenario ?? 'all', o.format, o.lang, o.mode].filter(Boolean).join('-') + '.zip';
}
