/**
 * Finding 3: failed attempts locked out the innocent. Codes and tokens are looked up before any refusal, so a valid
 * one is never refused because of someone else's failures behind the same address; a guesser's own connection is
 * closed after a few failures, and past the address's budget every wrong guess costs a new connection. Behind a
 * trusted reverse proxy each client is counted under its own address (X-Forwarded-For, only from named proxies).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, type RunningServer } from '../../src/workshop/server';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

let server: RunningServer | null = null;
const clients: TestClient[] = [];
const open = async (port: number, headers?: Record<string, string>) => {
  const c = await TestClient.open(port, headers ? { headers } : {});
  clients.push(c);
  return c;
};
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = null;
});

describe('failed attempts', () => {
  it('after ten bad codes from an address, the right code and a valid seat token still work there', async () => {
    server = await startTestServer(testConfig({ limits: { failedJoinsPerMinute: 10 } }));
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const early = await open(server.port);
    const joined = expectType(await early.request({ type: 'join', code: created.session.code }), 'joined');
    early.close();
    // The guesser: 2 connections × 5 failures use up the address's budget; each connection is closed after its fifth.
    for (let c = 0; c < 2; c++) {
      const guesser = await open(server.port);
      for (let i = 0; i < 5; i++) expect(expectType(await guesser.request({ type: 'join', code: `ZZZZZ${'AB'[c]}${'CDEFG'[i]}` }), 'error').code).toBe('unknown-session');
      expect((await guesser.whenClosed()).code).toBe(1008);
    }
    const more = await open(server.port);
    expect(expectType(await more.request({ type: 'join', code: 'WWWWWWW' }), 'error').code).toBe('rate-limited');
    expect((await more.whenClosed()).code).toBe(1008);
    const badToken = await open(server.port);
    expect(expectType(await badToken.request({ type: 'resume', token: 'x'.repeat(43) }), 'error').code).toBe('rate-limited');
    // The innocent, same address.
    const newcomer = await open(server.port);
    expectType(await newcomer.request({ type: 'join', code: created.session.code }), 'joined');
    const back = await open(server.port);
    expect(expectType(await back.request({ type: 'resume', token: joined.token }), 'welcome').state.seat).toBe(joined.state.seat);
    const trainerBack = await open(server.port);
    expectType(await trainerBack.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
  });

  it('a guesser\'s connection is closed after its fifth failure and joins nothing on it, even with the right code', async () => {
    server = await startTestServer(testConfig({ limits: { failedJoinsPerMinute: 1000 } }));
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    const guesser = await open(server.port);
    for (let i = 0; i < 4; i++) expect(expectType(await guesser.request({ type: 'join', code: `QQQQQQ${i + 2}` }), 'error').code).toBe('unknown-session');
    // The fifth failure and, sent with it, the right code: the connection is closed before it can join.
    const [fifth, right] = await Promise.allSettled([guesser.request({ type: 'join', code: 'QQQQQQ7' }), guesser.request({ type: 'join', code: created.session.code })]);
    expect(fifth.status === 'fulfilled' && fifth.value.type === 'error' && fifth.value.code).toBe('unknown-session');
    expect(right.status === 'fulfilled' ? right.value.type : 'no answer').not.toBe('joined');
    await guesser.whenClosed();
    expect(server.workshop.rooms.get(created.session.id)!.seats.size).toBe(0);
  });

  it('counts wrong trainer tokens against the session too, while the right token keeps working', async () => {
    server = await startTestServer(testConfig({ trustedProxies: ['127.0.0.1'], limits: { failedJoinsPerMinute: 3 } }));
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    for (let i = 0; i < 3; i++) {
      const c = await open(server.port, { 'X-Forwarded-For': `203.0.113.${i + 1}` });
      expect(expectType(await c.request({ type: 'trainer-resume', session: created.session.id, token: 'y'.repeat(43) }), 'error').code).toBe('bad-token');
    }
    const fourth = await open(server.port, { 'X-Forwarded-For': '203.0.113.50' });
    expect(expectType(await fourth.request({ type: 'trainer-resume', session: created.session.id, token: 'y'.repeat(43) }), 'error').code).toBe('rate-limited');
    const real = await open(server.port, { 'X-Forwarded-For': '203.0.113.50' });
    expectType(await real.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
  });

  it('behind a trusted proxy, one client\'s failures do not use up the budget of the others', async () => {
    server = await startTestServer(testConfig({ trustedProxies: ['127.0.0.1'], limits: { failedJoinsPerMinute: 2 } }));
    const trainer = await open(server.port);
    await trainer.request({ type: 'create', settings: miniSettings() });
    const guesser = () => open(server!.port, { 'X-Forwarded-For': '198.51.100.1' });
    const g = await guesser();
    for (let i = 0; i < 2; i++) expect(expectType(await g.request({ type: 'join', code: `KKKKKK${i + 2}` }), 'error').code).toBe('unknown-session');
    expect(expectType(await (await guesser()).request({ type: 'join', code: 'KKKKKK9' }), 'error').code).toBe('rate-limited');
    // Another client through the same proxy: its own budget.
    const typo = await open(server.port, { 'X-Forwarded-For': '198.51.100.2' });
    expect(expectType(await typo.request({ type: 'join', code: 'KKKKKK8' }), 'error').code).toBe('unknown-session');
  });

  it('takes the client address from X-Forwarded-For only when the socket peer is a named proxy', () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4', [])).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', '1.2.3.4', ['10.0.0.9'])).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.9', '1.2.3.4', ['10.0.0.9'])).toBe('1.2.3.4');
    expect(clientAddress('::ffff:10.0.0.9', '1.2.3.4', ['10.0.0.9'])).toBe('1.2.3.4');
    // A client-supplied first hop is ignored: the proxy appends the real peer on the right.
    expect(clientAddress('10.0.0.9', '6.6.6.6, 1.2.3.4', ['10.0.0.9'])).toBe('1.2.3.4');
    // Chained trusted proxies are skipped.
    expect(clientAddress('10.0.0.9', '1.2.3.4, 10.0.0.8', ['10.0.0.9', '10.0.0.8'])).toBe('1.2.3.4');
    expect(clientAddress('10.0.0.9', ['1.2.3.4', '10.0.0.8'], ['10.0.0.9', '10.0.0.8'])).toBe('1.2.3.4');
    // Garbage in the header: the proxy's own address.
    expect(clientAddress('10.0.0.9', 'not-an-ip', ['10.0.0.9'])).toBe('10.0.0.9');
    expect(clientAddress('10.0.0.9', undefined, ['10.0.0.9'])).toBe('10.0.0.9');
    expect(clientAddress(undefined, '1.2.3.4', [])).toBe('unknown');
  });
});
