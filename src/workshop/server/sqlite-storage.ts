/**
 * The SQLite implementation of WorkshopStorage (better-sqlite3, WAL mode), run
 * in a worker thread (sqlite-worker.js) so commits never block the event loop.
 *
 * Durability: journal_mode=WAL with synchronous=FULL by default. In WAL mode a
 * commit appends to the -wal file; a process killed with `kill -9` loses
 * nothing that was committed even with NORMAL (the bytes are in the OS page
 * cache, which outlives the process). FULL also fsyncs the WAL on every commit,
 * so an acknowledged choice survives a power cut or an OS crash on a laptop.
 * Group commit pays for that fsync once per batch: requests that arrive while
 * a transaction is being written go together into the next one, and every
 * promise resolves only after its transaction has committed.
 */
import { Worker } from 'node:worker_threads';
import type { AppendResult, ChoiceRecord, StoredWorkshop, WorkshopStorage } from './storage';

/** The database layout version this build reads and writes (also in sqlite-worker.js). */
export const STORAGE_VERSION = 1;

/** Options of the SQLite storage. */
export interface SqliteOptions {
  /** "full" (default) fsyncs every commit; "normal" survives kill -9 but not a power cut. */
  readonly synchronous?: 'full' | 'normal';
}

type Reply = { id: number; ok: boolean; value?: unknown; error?: string };

/** Opens (or creates) a workshop database file; rejects with a clear error for a database of another layout. */
export async function openSqliteStorage(path: string, options: SqliteOptions = {}): Promise<WorkshopStorage> {
  const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { path, synchronous: options.synchronous ?? 'full' } });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  let onClosed: (() => void) | null = null;
  const failAll = (e: Error) => {
    failure ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { type: string; message?: string; results?: Reply[] }) => {
      if (m.type === 'ready') resolve();
      else if (m.type === 'fatal') reject(new Error(m.message));
      else if (m.type === 'closed') onClosed?.();
      else if (m.type === 'results')
        for (const r of m.results ?? []) {
          const p = pending.get(r.id);
          pending.delete(r.id);
          if (r.ok) p?.resolve(r.value);
          else p?.reject(new Error(r.error));
        }
    });
    worker.on('error', (e) => { failAll(e); reject(e); });
    worker.on('exit', () => failAll(new Error('The workshop storage is closed.')));
  });
  const call = <T>(op: string, ...args: unknown[]): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, args });
    });
  return {
    createSession: (s) => call('createSession', s),
    updateSession: (id, patch) => call('updateSession', id, patch),
    deleteSession: (id) => call('deleteSession', id),
    addSeat: (s) => call('addSeat', s),
    updateSeat: (id, patch) => call('updateSeat', id, patch),
    appendChoice: (c) => call<AppendResult>('appendChoice', c),
    addEvent: (e) => call('addEvent', e),
    choicesOf: (seatId) => call<ChoiceRecord[]>('choicesOf', seatId),
    loadLive: (now) => call<StoredWorkshop>('loadLive', now),
    deleteExpired: (now) => call<string[]>('deleteExpired', now),
    close: async () => {
      if (failure) return;
      await new Promise<void>((resolve) => {
        onClosed = resolve;
        worker.postMessage({ type: 'close' });
      });
      await worker.terminate();
    },
  };
}
