import { describe, expect, it } from 'vitest';
import { StatementQueue, type Statement } from '../../src/lms/xapi-queue';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(k: string) { return this.data.get(k) ?? null; }
  setItem(k: string, v: string) { this.data.set(k, v); }
  removeItem(k: string) { this.data.delete(k); }
}

const statement = (n: number) => ({ id: `id-${n}`, actor: { mbox: 'mailto:a@example.org' }, verb: { id: 'http://adlnet.gov/expapi/verbs/answered' }, object: { id: 'https://x/y' } }) as unknown as Statement;

describe('the statement queue', () => {
  it('sends statements in order; offline, it keeps them (in storage too) and sends them when the connection returns', async () => {
    const storage = new MemoryStorage();
    const sent: string[] = [];
    let online = true;
    const send = (s: Statement) => (online ? (sent.push(s.id ?? ''), Promise.resolve()) : Promise.reject(new Error('Network Error')));
    const q = new StatementQueue('q', send, storage as unknown as Storage);
    await q.push(statement(1));
    online = false;
    await q.push(statement(2));
    await q.push(statement(3));
    expect(sent).toEqual(['id-1']);
    expect(q.pending.map((s) => s.id)).toEqual(['id-2', 'id-3']);
    expect(JSON.parse(storage.getItem('q') ?? '[]')).toHaveLength(2);
    // A new page (the learner came back later) picks up the stored statements.
    online = true;
    const later = new StatementQueue('q', send, storage as unknown as Storage);
    await later.flush();
    expect(sent).toEqual(['id-1', 'id-2', 'id-3']);
    expect(storage.getItem('q')).toBeNull();
  });

  it('retries on a server error, drops a statement the LRS rejects as invalid', async () => {
    const sent: string[] = [];
    const answers = [503, 400, 0];
    const send = (s: Statement) => {
      const status = answers.shift() ?? 0;
      if (status) return Promise.reject(Object.assign(new Error(`HTTP ${status}`), { response: { status } }));
      sent.push(s.id ?? '');
      return Promise.resolve();
    };
    const q = new StatementQueue('q', send, new MemoryStorage() as unknown as Storage);
    await q.push(statement(1));
    expect(q.pending).toHaveLength(1); // 503: kept
    await q.push(statement(2)); // the retry of 1 gets 400: dropped; then 2 is sent
    expect(sent).toEqual(['id-2']);
    expect(q.pending).toEqual([]);
  });

  it('ignores damaged stored data', () => {
    const storage = new MemoryStorage();
    storage.setItem('q', '{broken');
    expect(new StatementQueue('q', () => Promise.resolve(), storage as unknown as Storage).pending).toEqual([]);
  });
});
