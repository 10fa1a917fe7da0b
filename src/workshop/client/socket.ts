/**
 * A WebSocket to the workshop server that reconnects by itself (0.5 s, then
 * doubling up to 5 s) until closed. Its host says hello again on every open.
 */
import type { ClientMessage, ServerMessage } from '../protocol';
import { readServerMessage } from './messages';

/** Connection states shown to people. */
export type SocketStatus = 'connecting' | 'open' | 'closed';

export interface SocketEvents {
  /** The connection opened (again): send the hello (join, resume, trainer-resume). */
  onOpen(): void;
  onMessage(m: ServerMessage): void;
  onStatus(status: SocketStatus): void;
}

/** A reconnecting connection. */
export class WorkshopSocket {
  private ws: WebSocket | null = null;
  private stopped = false;
  private delay = 500;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly url: string, private readonly events: SocketEvents) {
    this.connect();
  }

  /** Sends a message when connected; returns false when it could not be sent now. */
  send(message: ClientMessage): boolean {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  /** Closes for good (no reconnect). */
  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.ws?.close(1000, 'bye');
    this.ws = null;
  }

  private connect(): void {
    if (this.stopped) return;
    this.events.onStatus('connecting');
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.addEventListener('open', () => {
      this.delay = 500;
      this.events.onStatus('open');
      this.events.onOpen();
    });
    ws.addEventListener('message', (e) => {
      const m = typeof e.data === 'string' ? readServerMessage(e.data) : null;
      if (m) this.events.onMessage(m);
    });
    ws.addEventListener('close', () => {
      if (this.ws !== ws) return;
      this.ws = null;
      if (this.stopped) return;
      this.events.onStatus('closed');
      this.timer = setTimeout(() => this.connect(), this.delay);
      this.delay = Math.min(this.delay * 2, 5000);
    });
  }
}
