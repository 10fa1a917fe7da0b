/**
 * Serves the built game (dist/) read-only, like a production web server: GET/HEAD only, no path
 * escapes, index.html for folders; every text file precompressed once with gzip (level 9) and brotli
 * (quality 11) and sent in the best encoding the browser accepts (Chromium asks for brotli only from
 * localhost and HTTPS; on a LAN over plain HTTP it gets gzip); strong ETags with If-None-Match → 304;
 * hashed build assets cached for a year (immutable), everything else revalidated (no-cache) so a new
 * build reaches players at once.
 *
 * gzip copies are made before the server listens (a fraction of a second); brotli at quality 11 takes
 * seconds for a whole build, so those copies are made in the background, one file at a time, and
 * served as each is ready. Copies are kept in memory and also written next to their files
 * (<file>.br, <file>.gz, replaced atomically) when the folder is writable, so the next start reuses
 * them; a copy is used only if it decompresses to exactly the file's bytes. A file that changes while
 * the server runs (a rebuild) is read and compressed again on its next request.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, statSync, type Stats } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, gunzipSync, gzip } from 'node:zlib';
import { inlineHashes } from './headers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg',
  '.map': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
};
/** Types worth compressing (fonts, images and audio are compressed formats already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.ico', '.txt', '.map', '.wasm']);
/** Files above this are streamed from disk as they are, not held in memory. */
const MAX_CACHED_BYTES = 16 * 1024 * 1024;
/** Build assets with a content hash in their name never change under the same URL. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

type Encoding = 'br' | 'gzip';

/** A file ready to send: its bytes, its compressed copies, and the stat it was read at. */
interface Entry {
  readonly stamp: string;
  readonly type: string;
  readonly body: Buffer;
  readonly tag: string;
  /** Filled as copies are made (brotli arrives in the background). */
  readonly encoded: Partial<Record<Encoding, Buffer>>;
}

/** The served folder: a request handler, and the inline-element hashes of its HTML pages for the CSP. */
export interface StaticSite {
  /** Answers a request; `beforeWrite` runs just before the response head is written (to add headers that depend on the files). */
  readonly handle: (req: IncomingMessage, res: ServerResponse, beforeWrite?: () => void) => void;
  /** CSP hash sources of the inline <style> and <script> elements of the .html files at the top of the folder, as they are now. */
  readonly inlineHashes: () => { readonly styles: readonly string[]; readonly scripts: readonly string[] };
  /** How many files were prepared at start, and how many compressed copies were reused from disk or written. */
  readonly stats: { readonly files: number; readonly reused: number; readonly written: number };
  /** Resolves once every file read so far has its brotli copy (or needs none). */
  readonly compressed: () => Promise<void>;
}

const stampOf = (s: Stats) => `${s.ino}:${s.size}:${s.mtimeMs}`;

/** The encodings a request accepts (q=0 excluded), best first. */
export function acceptedEncodings(header: string | string[] | undefined): Encoding[] {
  const accepted = new Set<string>();
  for (const part of String(header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';').map((s) => s.trim());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return (['br', 'gzip'] as const).filter((e) => accepted.has(e) || accepted.has('*'));
}

/** True when an If-None-Match header names `tag` (weak comparison, as RFC 9110 asks for GET). */
function matches(ifNoneMatch: string | undefined, tags: readonly string[]): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => tags.includes(t));
}

/** Opens a folder of static files (null: everything is 404) and prepares every file in it. */
export async function openStaticSite(dir: string | null): Promise<StaticSite> {
  const root = dir ? resolve(dir) : null;
  const entries = new Map<string, Entry>();
  const pageHashes = new Map<string, { styles: string[]; scripts: string[] }>();
  let hashes = { styles: [] as string[], scripts: [] as string[] };
  const loading = new Map<string, Promise<Entry>>();
  const counts = { files: 0, reused: 0, written: 0 };
  // Background brotli, one file at a time so that it never takes more than one core from the game.
  let brotliQueue: Promise<void> = Promise.resolve();

  /** A copy kept on disk from an earlier start, if it decodes to exactly these bytes. */
  async function reuse(sidecar: string, body: Buffer, encoding: Encoding): Promise<Buffer | undefined> {
    try {
      const cached = await readFile(sidecar);
      const plain = encoding === 'br' ? brotliDecompressSync(cached) : gunzipSync(cached);
      if (plain.equals(body)) {
        counts.reused++;
        return cached;
      }
    } catch { /* no usable copy on disk */ }
    return undefined;
  }

  async function compressed(file: string, body: Buffer, encoding: Encoding): Promise<Buffer | undefined> {
    const sidecar = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    const kept = await reuse(sidecar, body, encoding);
    if (kept) return kept;
    const out = encoding === 'br'
      ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : await gz(body, { level: 9 });
    if (out.length >= body.length * 0.95) return undefined; // not worth it
    const temp = `${sidecar}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temp, out);
      await rename(temp, sidecar);
      counts.written++;
    } catch { /* a read-only folder: keep the copy in memory only */ }
    return out;
  }

  async function load(file: string, stat: Stats): Promise<Entry> {
    const body = await readFile(file);
    const ext = extname(file);
    const encoded: Partial<Record<Encoding, Buffer>> = {};
    const tag = createHash('sha256').update(body).digest('base64url').slice(0, 22);
    const entry: Entry = { stamp: stampOf(stat), type: TYPES[ext] ?? 'application/octet-stream', body, tag, encoded };
    if (COMPRESSIBLE.has(ext) && body.length > 256) {
      const [br, gzipped] = await Promise.all([reuse(`${file}.br`, body, 'br'), compressed(file, body, 'gzip')]);
      if (gzipped) encoded.gzip = gzipped;
      if (br) encoded.br = br;
      else brotliQueue = brotliQueue.then(async () => {
        if (entries.get(file) !== entry) return; // replaced by a newer build meanwhile
        const made = await compressed(file, body, 'br');
        if (made) encoded.br = made;
      }).catch(() => {});
    }
    entries.set(file, entry);
    if (ext === '.html' && root && !file.slice(root.length + 1).includes(sep)) {
      pageHashes.set(file, inlineHashes(body.toString('utf8')));
      const all = [...pageHashes.values()];
      hashes = { styles: [...new Set(all.flatMap((h) => h.styles))], scripts: [...new Set(all.flatMap((h) => h.scripts))] };
    }
    return entry;
  }

  function entryOf(file: string, stat: Stats): Promise<Entry> {
    const known = entries.get(file);
    if (known && known.stamp === stampOf(stat)) return Promise.resolve(known);
    const key = `${file}\0${stampOf(stat)}`;
    let p = loading.get(key);
    if (!p) {
      p = load(file, stat).finally(() => loading.delete(key));
      loading.set(key, p);
    }
    return p;
  }

  const isSidecar = (file: string) => /\.(br|gz)$/.test(file) || /\.(br|gz)\.[^.]+\.[a-z0-9]+\.tmp$/.test(file);
  if (root) {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        const s = statSync(p);
        if (s.isDirectory()) walk(p);
        else if (s.isFile() && !isSidecar(p) && s.size <= MAX_CACHED_BYTES) files.push(p);
      }
    };
    try {
      if (statSync(root).isDirectory()) walk(root);
    } catch { /* no folder yet: every request is a 404 until it exists */ }
    await Promise.all(files.map((f) => entryOf(f, statSync(f))));
    counts.files = files.length;
  }

  const handle = (req: IncomingMessage, res: ServerResponse, beforeWrite: () => void = () => {}): void => {
    const reply = (status: number, text: string, headers: Record<string, string> = {}) => {
      beforeWrite();
      replyText(res, status, text, headers);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return reply(405, 'Method not allowed', { allow: 'GET, HEAD' });
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return reply(400, 'Bad request');
    }
    if (!root || path.includes('\0')) return reply(404, 'Not found');
    let file = resolve(root, '.' + normalize(path));
    if (file !== root && !file.startsWith(root + sep)) return reply(404, 'Not found');
    let stat: Stats;
    try {
      stat = statSync(file);
      if (stat.isDirectory()) {
        file = join(file, 'index.html');
        stat = statSync(file);
      }
    } catch {
      return reply(404, 'Not found');
    }
    if (!stat.isFile() || isSidecar(file)) return reply(404, 'Not found');
    const cacheControl = file.startsWith(join(root, 'assets') + sep) ? IMMUTABLE : 'no-cache';
    if (stat.size > MAX_CACHED_BYTES) {
      beforeWrite();
      return stream(req, res, file, stat, cacheControl);
    }
    entryOf(file, stat).then((entry) => {
      beforeWrite(); // after loading: a page read again brings its own inline hashes
      send(req, res, entry, cacheControl);
    }, () => reply(404, 'Not found'));
  };
  return { handle, inlineHashes: () => hashes, stats: counts, compressed: () => brotliQueue };
}

function send(req: IncomingMessage, res: ServerResponse, entry: Entry, cacheControl: string): void {
  const encodings = Object.keys(entry.encoded) as Encoding[];
  const encoding = acceptedEncodings(req.headers['accept-encoding']).find((e) => entry.encoded[e]);
  const tagOf = (e: Encoding | undefined) => `"${entry.tag}${e === 'br' ? '-br' : e === 'gzip' ? '-gz' : ''}"`;
  const etag = tagOf(encoding);
  const headers: Record<string, string | number> = { etag, 'cache-control': cacheControl };
  if (encodings.length > 0) headers.vary = 'Accept-Encoding';
  // Any representation's tag validates: they all decode to the same bytes.
  if (matches(req.headers['if-none-match'], [tagOf(undefined), ...encodings.map(tagOf)])) {
    res.writeHead(304, headers);
    return void res.end();
  }
  const body = encoding ? (entry.encoded[encoding] as Buffer) : entry.body;
  res.writeHead(200, { ...headers, 'content-type': entry.type, 'content-length': body.length, ...(encoding ? { 'content-encoding': encoding } : {}) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A file too large to hold: sent from disk as it is, with a weak ETag from its stat. */
function stream(req: IncomingMessage, res: ServerResponse, file: string, stat: Stats, cacheControl: string): void {
  const etag = `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
  if (matches(req.headers['if-none-match'], [etag.slice(2)])) {
    res.writeHead(304, { etag, 'cache-control': cacheControl });
    return void res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': stat.size, etag, 'cache-control': cacheControl });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

/** A short plain-text answer (errors, health). */
export function replyText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
}
