/** Zips a folder with fflate (deflate; already-compressed images stored), the manifest first. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export function zipFolder(dir: string, files: readonly string[], first: string, zipFile: string): number {
  const entries: Zippable = {};
  const ordered = [first, ...files.filter((f) => f !== first)];
  for (const f of ordered) {
    const stored = /\.(png|jpe?g|webp|woff2?|gz|zip|mp3|ogg)$/i.test(f);
    entries[f] = [readFileSync(join(dir, f)), { level: stored ? 0 : 9 }];
  }
  const zip = zipSync(entries, { mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(zipFile, zip);
  return zip.length;
}
