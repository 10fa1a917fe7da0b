/**
 * A learning platform stand-in for the LMS browser tests, on 127.0.0.1: the unzipped course packages,
 * a host page that gives the SCORM 1.2 API through scorm-again (the LMS-side runtime) around the
 * course in an iframe, and for cmi5 the fetch URL and a small LRS (launch data, statements).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json', '.xml': 'application/xml',
};

export type Stmt = Record<string, unknown> & { id: string; verb: { id: string }; context?: Record<string, unknown>; result?: Record<string, unknown>; object: { id: string } };

export interface LmsStandIn {
  readonly url: string;
  /** Statements the LRS stored, in the order received. */
  readonly statements: Stmt[];
  /** Launch data the LRS gives (the LMS.LaunchData state document). */
  launchData: Record<string, unknown>;
  /** How many times the fetch URL was used. */
  fetches: number;
  /** Paths answered with 404. */
  readonly missing: string[];
  close(): Promise<void>;
}

const SCORM_AGAIN = createRequire(import.meta.url).resolve('scorm-again/scorm12');

/** The host page: scorm-again's API on window.API (or one that throws), every call recorded, the course in an iframe. */
function hostPage(q: URLSearchParams): string {
  const course = `/scorm/index.html${q.get('seed') ? `?seed=${encodeURIComponent(q.get('seed') ?? '')}` : ''}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS stand-in</title>
<script src="/lms/scorm12.js"></script>
<script>
  const params = new URLSearchParams(location.search);
  window.calls = [];
  if (params.get('api') === 'throws') {
    const fail = () => { throw new Error('The LMS is down'); };
    window.API = { LMSInitialize: fail, LMSFinish: fail, LMSGetValue: fail, LMSSetValue: fail, LMSCommit: fail, LMSGetLastError: () => '101' };
  } else {
    const api = new Scorm12API({ autocommit: false, logLevel: 5 });
    if (params.get('cmi')) api.loadFromJSON(JSON.parse(params.get('cmi')));
    for (const name of ['LMSInitialize', 'LMSFinish', 'LMSCommit', 'LMSSetValue']) {
      const call = api[name];
      api[name] = (...args) => {
        const r = call.apply(api, args);
        window.calls.push([name, ...args.filter((a) => a !== ''), String(r)]);
        return r;
      };
    }
    window.API = api;
  }
</script></head><body><iframe title="Course" src="${course}" style="width:1200px;height:760px;border:0"></iframe></body></html>`;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((ok) => {
    let text = '';
    req.on('data', (c: Buffer) => (text += c.toString()));
    req.on('end', () => ok(text));
  });
}

function serveFile(res: ServerResponse, root: string, path: string, missing: string[]): void {
  const absRoot = resolve(root);
  const file = normalize(join(absRoot, path === '' || path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(absRoot + sep) || !existsSync(file) || !statSync(file).isFile()) {
    missing.push(path);
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(readFileSync(file));
}

export async function startLms(scormDir: string, cmi5Dir: string): Promise<LmsStandIn> {
  const state: LmsStandIn = { url: '', statements: [], launchData: {}, fetches: 0, missing: [], close: async () => {} };
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const p = decodeURIComponent(url.pathname);
      if (p === '/lms/host.html') return void res.writeHead(200, { 'content-type': TYPES['.html'] as string }).end(hostPage(url.searchParams));
      if (p === '/favicon.ico') return void res.writeHead(204).end();
      if (p === '/lms/scorm12.js') return void res.writeHead(200, { 'content-type': TYPES['.js'] as string }).end(readFileSync(SCORM_AGAIN));
      if (p.startsWith('/scorm/')) return serveFile(res, scormDir, p.slice('/scorm/'.length), state.missing);
      if (p.startsWith('/cmi5/')) return serveFile(res, cmi5Dir, p.slice('/cmi5/'.length), state.missing);
      if (p === '/fetch' && req.method === 'POST') {
        state.fetches++;
        // cmi5: the fetch URL gives the token once.
        if (state.fetches > 1) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"error-code":"1","error-text":"already used"}');
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ 'auth-token': 'dGVzdDp0b2tlbg==' }));
      }
      if (p === '/lrs/activities/state' && url.searchParams.get('stateId') === 'LMS.LaunchData')
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(state.launchData));
      if (p === '/lrs/agents/profile' && url.searchParams.get('profileId') === 'cmi5LearnerPreferences')
        return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"languagePreference":"en-US","audioPreference":"on"}');
      if (p === '/lrs/statements' && req.method === 'POST') {
        if (req.headers.authorization !== 'Basic dGVzdDp0b2tlbg==') return void res.writeHead(401).end();
        const data = JSON.parse(await body(req)) as Stmt | Stmt[];
        const list = Array.isArray(data) ? data : [data];
        // Like a real LRS, a statement id already stored is not stored twice (a page reloaded mid-send resends it).
        const known = new Set(state.statements.map((s) => s.id));
        state.statements.push(...list.filter((s) => !known.has(s.id)));
        return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list.map((s) => s.id)));
      }
      state.missing.push(p);
      res.writeHead(404).end('not found');
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  Object.assign(state, { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) });
  return state;
}
