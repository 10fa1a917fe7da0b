/** Shared helpers for the checker tests: fixture paths and reading. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadHsCodes } from '../../tools/lib/hs';

export const root = resolve(__dirname, '../..');
export const fixtures = join(root, 'test/fixtures');
export const diagnosticsDir = join(fixtures, 'diagnostics');

/** The tiny valid scenario every fixture is derived from. */
export const miniText = readFileSync(join(fixtures, 'mini.json'), 'utf8');

/** Reads a file under test/fixtures/diagnostics. */
export const readFixture = (name: string): string => readFileSync(join(diagnosticsDir, name), 'utf8');

/** The HS 2022 subheadings from assets/hs2022. */
export const hsCodes = loadHsCodes();
