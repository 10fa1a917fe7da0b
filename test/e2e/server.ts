/** A minimal static file server for the built site (dist/) on 127.0.0.1 and a free port. */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer { url: string; close(): Promise<void>; requests: string[] }

/**
 * Serves `root` under the path prefix `base` (e.g. "/game/" to prove sub-folder hosting).
 * With `gzip`, responses are compressed like a typical web server's (level 6) when the client accepts it.
 */
export async function serveStatic(root: string, base = '/', options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const absRoot = resolve(root);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let path = decodeURIComponent(url.pathname.slice(base.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(absRoot, path));
    if (!file.startsWith(absRoot + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && !/woff2|png/.test(type)) {
      const body = gzipSync(readFileSync(file), { level: 6 });
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': body.length, 'cache-control': 'no-cache' });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
