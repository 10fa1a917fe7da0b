/**
 * The HS 2022 subheadings for the author CLI, read from assets/hs2022/harmonized-system.csv
 * (datahub.io/core/harmonized-system, UN Comtrade, ODC-PDDL-1.0).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The CSV shipped in the repository. */
export const HS_CSV = fileURLToPath(new URL('../../assets/hs2022/harmonized-system.csv', import.meta.url));

/** Parses CSV text (RFC 4180: quoted fields may hold commas, "" and line breaks; LF or CRLF; optional BOM). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => { row.push(field); field = ''; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** HS 2022 subheadings as "0901.11" → short description, from the CSV text (header: section,hscode,description,parent,level). */
export function hsSubheadings(csv: string): Map<string, string> {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => {
    const i = header?.indexOf(name) ?? -1;
    if (i < 0) throw new Error(`HS CSV: no "${name}" column`);
    return i;
  };
  const [section, code, description, level] = [col('section'), col('hscode'), col('description'), col('level')];
  const out = new Map<string, string>();
  for (const r of rows) {
    const c = r[code] ?? '';
    if (r[level] !== '6' || r[section] === 'TOTAL' || !/^\d{6}$/.test(c)) continue;
    out.set(`${c.slice(0, 4)}.${c.slice(4)}`, r[description] ?? '');
  }
  return out;
}

let cached: Map<string, string> | undefined;

/** The HS 2022 subheadings of the shipped CSV ("0901.11" → description), read once. */
export function loadHsCodes(file = HS_CSV): Map<string, string> {
  if (file !== HS_CSV) return hsSubheadings(readFileSync(file, 'utf8'));
  cached ??= hsSubheadings(readFileSync(file, 'utf8'));
  return cached;
}
