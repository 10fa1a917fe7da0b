/**
 * Statements waiting for the LRS, in order, kept in localStorage so that none is lost when the
 * connection drops or the page closes: each is sent in turn; a network failure or a server error
 * leaves it queued and the queue is tried again when the browser is back online (or after a pause).
 * A statement the LRS rejects as invalid (4xx other than 401/403/408/429) is dropped, logged.
 */
import type Cmi5 from '@xapi/cmi5';

/** An xAPI statement (the type @xapi/cmi5 sends). */
export type Statement = Parameters<Cmi5['sendXapiStatement']>[0];

export type Send = (statement: Statement) => Promise<unknown>;

interface HttpError {
  response?: { status?: number };
}

const RETRY_MS = 15_000;

export class StatementQueue {
  private items: Statement[];
  private running: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly key: string, private readonly send: Send, private readonly storage: Storage | null = safeStorage()) {
    this.items = this.load();
    if (typeof window !== 'undefined') window.addEventListener('online', () => void this.flush());
  }

  /** Statements not yet accepted by the LRS. */
  get pending(): readonly Statement[] {
    return this.items;
  }

  /** Queues a statement and sends what can be sent now (resolves once the queue was tried). */
  push(statement: Statement): Promise<void> {
    this.items.push(statement);
    this.save();
    return this.flush();
  }

  /** Sends the queued statements in order until one fails for want of a connection. */
  flush(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.items.length > 0) {
      const next = this.items[0] as Statement;
      try {
        await this.send(next);
      } catch (e) {
        const status = (e as HttpError).response?.status;
        const retry = status === undefined || status >= 500 || status === 401 || status === 403 || status === 408 || status === 429;
        if (retry) {
          this.later();
          return;
        }
        console.warn(`The LRS refused a statement (HTTP ${status}); it is dropped:`, next);
      }
      this.items.shift();
      this.save();
    }
  }

  private later(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, RETRY_MS);
  }

  private load(): Statement[] {
    try {
      const data: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      return Array.isArray(data) ? data.filter((s): s is Statement => typeof s === 'object' && s !== null && 'verb' in s) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      if (this.items.length === 0) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(this.items));
    } catch {
      // Storage full or refused: the statements stay queued in memory for this page.
    }
  }
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
