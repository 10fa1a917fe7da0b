/**
 * Builds public/hs2022.json, the compact HS 2022 file the HS explorer loads,
 * from assets/hs2022/harmonized-system.csv and sections.csv
 * (datahub.io/core/harmonized-system, extracted from UN Comtrade, ODC-PDDL-1.0).
 *
 *   npx tsx tools/build-hs-data.ts [--in assets/hs2022] [--out public/hs2022.json]
 *
 * Rows outside the 21 sections (UN Comtrade's "TOTAL" row and its chapter 99
 * "Commodities not specified according to kind", which is not part of the HS
 * nomenclature) are left out.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CompactChapter, CompactHeading, CompactSection, HsCompactData } from '../src/ui/hs/data';

/** Parses RFC 4180 CSV: quoted fields with "" escapes and line breaks, CRLF or LF, a leading BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV: a quoted field is not closed');
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Rows as objects keyed by the header line; throws when a column is missing. */
function records(text: string, columns: readonly string[], file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${file}: empty`);
  const at = columns.map((c) => {
    const i = header.indexOf(c);
    if (i < 0) throw new Error(`${file}: no column "${c}" (header: ${header.join(',')})`);
    return i;
  });
  return rows.map((r, n) => {
    if (r.length !== header.length) throw new Error(`${file}: line ${n + 2} has ${r.length} fields, expected ${header.length}`);
    return Object.fromEntries(columns.map((c, k) => [c, r[at[k] as number] as string]));
  });
}

const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds the compact data from the two CSV texts. */
export function buildHsData(hsCsv: string, sectionsCsv: string): HsCompactData {
  const sections: CompactSection[] = records(sectionsCsv, ['section', 'name'], 'sections.csv')
    .map((s) => [s.section as string, sentenceCase((s.name as string).trim()), []]);
  const sectionOf = new Map(sections.map((s) => [s[0], s]));
  const chapters = new Map<string, CompactChapter>();
  const headings = new Map<string, CompactHeading>();
  let subheadings = 0;
  for (const r of records(hsCsv, ['section', 'hscode', 'description', 'parent', 'level'], 'harmonized-system.csv')) {
    const section = sectionOf.get(r.section as string);
    if (!section) continue; // "TOTAL": UN Comtrade's totals and chapter 99, not HS
    const code = r.hscode as string;
    const description = (r.description as string).trim();
    const bad = () => new Error(`harmonized-system.csv: ${code} (level ${r.level}) does not fit under "${r.parent}"`);
    if (r.level === '2' && /^\d{2}$/.test(code)) {
      const chapter: CompactChapter = [code, description, []];
      section[2].push(chapter);
      chapters.set(code, chapter);
    } else if (r.level === '4' && /^\d{4}$/.test(code)) {
      const chapter = chapters.get(code.slice(0, 2));
      if (!chapter || r.parent !== chapter[0]) throw bad();
      const heading: CompactHeading = [code.slice(2), description, []];
      chapter[2].push(heading);
      headings.set(code, heading);
    } else if (r.level === '6' && /^\d{6}$/.test(code)) {
      const heading = headings.get(code.slice(0, 4));
      if (!heading || r.parent !== code.slice(0, 4)) throw bad();
      heading[2].push([code.slice(4), description]);
      subheadings++;
    } else throw new Error(`harmonized-system.csv: unexpected row ${code} at level ${r.level}`);
  }
  return {
    format: 1,
    edition: 'HS 2022',
    source: 'Harmonized System (HS 2022) short descriptions, datahub.io/core/harmonized-system, extracted from UN Comtrade',
    sourceUrl: 'https://datahub.io/core/harmonized-system',
    license: 'ODC-PDDL-1.0',
    licenseUrl: 'https://opendatacommons.org/licenses/pddl/1-0/',
    note: 'Short descriptions in English. The legal text of the HS is the World Customs Organization\'s.',
    counts: { sections: sections.length, chapters: chapters.size, headings: headings.size, subheadings },
    sections,
  };
}

/** Serialises the data compactly (one line per chapter keeps diffs readable). */
export function serializeHsData(data: HsCompactData): string {
  const { sections, ...meta } = data;
  const head = JSON.stringify(meta).slice(0, -1);
  const body = sections.map((s) => `[${JSON.stringify(s[0])},${JSON.stringify(s[1])},[\n${s[2].map((c) => JSON.stringify(c)).join(',\n')}]]`);
  return `${head},"sections":[\n${body.join(',\n')}\n]}\n`;
}

function main(argv: string[]): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return resolve(root, i >= 0 && argv[i + 1] ? (argv[i + 1] as string) : fallback);
  };
  const input = arg('--in', 'assets/hs2022');
  const output = arg('--out', 'public/hs2022.json');
  const data = buildHsData(readFileSync(join(input, 'harmonized-system.csv'), 'utf8'), readFileSync(join(input, 'sections.csv'), 'utf8'));
  const text = serializeHsData(data);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, text);
  const bytes = Buffer.byteLength(text);
  const c = data.counts;
  console.log(`${output}: ${c.sections} sections, ${c.chapters} chapters, ${c.headings} headings, ${c.subheadings} subheadings; ` +
    `${bytes} bytes, ${gzipSync(text, { level: 9 }).length} gzip`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try { main(process.argv.slice(2)); } catch (e) { console.error(e instanceof Error ? e.message : e); process.exit(1); }
}
