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
import { checkStoredRows, type SkippedRow } from './stored-rows';
import type { AppendResult, ChoiceRecord, StoredWorkshop, WorkshopStorage } from './storage';

/** The database layout version (PRAGMA user_version) this build reads and writes (LATEST_VERSION in sqlite-migrations.js). */
export const STORAGE_VERSION = 3;

/** Options of the SQLite storage. */
export interface SqliteOptions {
  /** "full" (default) fsyncs every commit; "normal" survives kill -9 but not a power cut. */
  readonly synchronous?: 'full' | 'normal';
  /** Where notices go: rows skipped at load, migrations, a database file that went away. */
  readonly log?: (line: string) => void;
}

type Reply = { id: number; ok: boolean; value?: unknown; error?: string };

/** Opens (or creates) a workshop database file; rejects with a clear error for a database of another layout. */
export async function openSqliteStorage(path: string, options: SqliteOptions = {}): Promise<WorkshopStorage> {
  const log = options.log ?? ((line: string) => console.error(line));
  const worker = new Worker(new URL('./sqlite-worker.js', import.meta.url), { workerData: { path, synchronous: options.synchronous ?? 'full' } });
  const faultListeners: ((message: string) => void)[] = [];
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  let exited = false;
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
      else if (m.type === 'log') log(m.message ?? '');
      else if (m.type === 'fault') {
        const message = m.message ?? 'The workshop database failed.';
        failAll(new Error(message));
        log(`\n*** STORAGE FAULT: ${message}\n`);
        for (const listener of faultListeners) listener(message);
      }
      else if (m.type === 'results')
        for (const r of m.results ?? []) {
          const p = pending.get(r.id);
          pending.delete(r.id);
          if (r.ok) p?.resolve(r.value);
          else p?.reject(new Error(r.error));
        }
    });
    worker.on('error', (e) => { failAll(e); reject(e); });
    worker.on('exit', () => {
      exited = true;
      failAll(new Error('The workshop storage is closed.'));
    });
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
    addSeats: (seats) => call('addSeats', seats),
    updateSeat: (id, patch) => call('updateSeat', id, patch),
    appendChoice: (c) => call<AppendResult>('appendChoice', c),
    choicesOf: (seatId) => call<ChoiceRecord[]>('choicesOf', seatId),
    loadLive: async (now) => {
      const raw = await call<StoredWorkshop & { skipped: SkippedRow[] }>('loadLive', now);
      const { stored, skipped } = checkStoredRows(raw, raw.skipped);
      for (const s of skipped) log(`${path}: ${s.table} row ${s.row} skipped: ${s.reason}`);
      return stored;
    },
    onFault: (listener) => { faultListeners.push(listener); },
    deleteExpired: (now) => call<string[]>('deleteExpired', now),
    close: async () => {
      if (exited) return;
      const wasFaulted = failure !== null;
      failure ??= new Error('The workshop storage is closed.');
      // A faulted worker still holds the lock: close it too (it stores nothing more).
      await new Promise<void>((resolve) => {
        onClosed = resolve;
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'close', discard: wasFaulted });
      });
      await worker.terminate();
    },
  };
}
