/** The player's protocol logic against a real server: a choice in flight when the connection drops is neither lost nor taken twice. */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SeatClient, type ServerMessage } from '../../src/workshop/protocol';
import type { RunningServer } from '../../src/workshop/server';
import { expectType, miniSettings, startTestServer, TestClient } from './helpers';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A SeatClient on a real WebSocket; `offline` drops what it would send, `deaf` what it would receive (messages lost on the way). */
async function connect(port: number, client: SeatClient | null, make: (send: (m: object) => void) => SeatClient) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`);
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  const link = { offline: false, deaf: false, ws };
  const send = (m: object) => { if (!link.offline && ws.readyState === ws.OPEN) ws.send(JSON.stringify(m)); };
  const seat = client ?? make(send);
  seat.attach(send);
  const messages: ServerMessage[] = [];
  ws.on('message', (d) => {
    const m = JSON.parse(String(d)) as ServerMessage;
    messages.push(m);
    if (!link.deaf) seat.receive(m);
  });
  /** Waits for `test` to hold; fails after 10 s with a message rather than at the test's timeout. */
  const until = async (test: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!test()) {
      if (Date.now() > end) throw new Error(`still waiting after ${ms} ms for: ${test.toString()}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  return { seat, link, messages, until };
}

describe('seat client', () => {
  it('resends a choice lost on the way after reconnecting, and drops one that was stored but not acknowledged', async () => {
    server = await startTestServer();
    const trainer = await TestClient.open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');

    const first = await connect(server.port, null, (send) => new SeatClient(send, { code: created.session.code, nickname: 'Ana' }));
    first.seat.hello();
    await first.until(() => first.seat.state !== null);
    expect(first.seat.choose('green')).toBe(true);
    expect(first.seat.choose('skip')).toBe(false); // one at a time
    await first.until(() => first.seat.pending === null);

    // Lost on the way: the choice never reaches the server; after the reconnect it is sent again.
    first.link.offline = true;
    expect(first.seat.choose('apply')).toBe(true);
    first.link.ws.terminate();
    const second = await connect(server.port, first.seat, () => first.seat);
    second.seat.hello();
    await second.until(() => second.seat.pending === null && second.seat.state?.step === 2);
    expect(second.seat.state!.log).toEqual(['green', 'apply']);

    // Stored, but the connection dies before the ack is read: after the reconnect it is not taken twice.
    second.link.deaf = true;
    expect(second.seat.choose('sea')).toBe(true);
    const seatId = second.seat.seat!;
    await new Promise<void>((resolve) => { const check = async () => ((await server!.workshop.storage.choicesOf(seatId)).length === 3 ? resolve() : setTimeout(check, 5)); void check(); });
    second.link.ws.terminate();
    expect(second.seat.pending).toEqual({ step: 2, choice: 'sea' });
    const third = await connect(server.port, second.seat, () => second.seat);
    third.seat.hello();
    await third.until(() => third.seat.pending === null && third.seat.state?.step === 3);
    expect((await server.workshop.storage.choicesOf(seatId)).map((c) => c.choice)).toEqual(['green', 'apply', 'sea']);
    expect(third.messages.filter((m) => m.type === 'ack')).toEqual([]); // nothing resent: the welcome showed it stored
    third.link.ws.close();
    trainer.close();
  });
});
