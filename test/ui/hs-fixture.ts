/** Loads the HS 2022 CSVs from assets/hs2022 (the builder's input) once per test file. */
import { readFileSync } from 'node:fs';
import { buildHsData } from '../../tools/build-hs-data';
import { decodeHsData, type HsCompactData, type HsTree } from '../../src/ui/hs/data';
import { createHsIndex, type HsIndex } from '../../src/ui/hs/search';

export const HS_DIR = new URL('../../assets/hs2022/', import.meta.url);

let cached: { data: HsCompactData; tree: HsTree; index: HsIndex } | null = null;

/** The compact data built from the committed CSVs, its decoded tree and search index. */
export function hsFixture(): { data: HsCompactData; tree: HsTree; index: HsIndex } {
  if (!cached) {
    const data = buildHsData(readFileSync(new URL('harmonized-system.csv', HS_DIR), 'utf8'), readFileSync(new URL('sections.csv', HS_DIR), 'utf8'));
    const tree = decodeHsData(JSON.parse(JSON.stringify(data)));
    cached = { data, tree, index: createHsIndex(tree) };
  }
  return cached;
}
