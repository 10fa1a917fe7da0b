/**
 * The course packager: `npm run package -- --format scorm12|cmi5 --scenario <id>|all [--lang <code>]
 * [--mode coach|challenge] [--pass 70|none] [--out DIR]` writes a zip a learning platform imports.
 * Exit codes: 0 written, 1 failed, 2 bad usage.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogTexts } from '../src/scenario';
import { buildSite, configure, listFiles } from './package/build';
import { cmi5Manifest, scorm12Manifest, type Describe } from './package/manifest';
import { packageName, parseOptions, USAGE, type PackageOptions } from './package/options';
import { zipFolder } from './package/zip';
import { readCatalog } from './vite/scenarios';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the package is called and says, in its language. */
function describe(o: PackageOptions, scenariosDir: string, files: string[]): Describe {
  const entries = readCatalog(scenariosDir);
  const entry = o.scenario ? entries.find((e) => e.id === o.scenario) : undefined;
  const lang = o.lang ?? entry?.lang ?? 'en';
  const texts = entry ? catalogTexts(entry, lang) : null;
  return {
    id: `trade-game-${o.scenario ?? 'all'}`,
    title: texts ? `Trade Game: ${texts.title}` : 'Trade Game',
    description: texts?.summary || 'An export-readiness game: export a product on time and within budget.',
    lang, pass: o.pass, files,
  };
}

/** Packages a site already built into `site` (configures it in place); returns the zip's path and size. */
export function packageSite(o: PackageOptions, site: string, scenariosDir: string): { file: string; bytes: number } {
  configure(site, { format: o.format, scenario: o.scenario, mode: o.mode, lang: o.lang, pass: o.pass });
  const manifestName = o.format === 'scorm12' ? 'imsmanifest.xml' : 'cmi5.xml';
  rmSync(join(site, 'imsmanifest.xml'), { force: true });
  rmSync(join(site, 'cmi5.xml'), { force: true });
  const d = describe(o, scenariosDir, listFiles(site));
  writeFileSync(join(site, manifestName), o.format === 'scorm12' ? scorm12Manifest(d) : cmi5Manifest(d));
  mkdirSync(o.out, { recursive: true });
  const file = join(o.out, packageName(o));
  const bytes = zipFolder(site, listFiles(site), manifestName, file);
  return { file, bytes };
}

/** Builds and packages. */
export async function makePackage(o: PackageOptions, scenariosDir = join(ROOT, 'scenarios')): Promise<{ file: string; bytes: number; site: string }> {
  const site = resolve(o.out, `.${packageName(o).replace(/\.zip$/, '')}`);
  await buildSite(ROOT, scenariosDir, o.scenario, site);
  return { ...packageSite(o, site, scenariosDir), site };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const o = parseOptions(argv);
  if (typeof o === 'string') {
    console.error(`${o}\n\n${USAGE}`);
    return 2;
  }
  try {
    const { file, bytes, site } = await makePackage(o);
    rmSync(site, { recursive: true, force: true });
    console.log(`Wrote ${file} (${(bytes / 1024).toFixed(0)} KB).`);
    return 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
