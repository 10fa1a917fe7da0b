/** The workshop session's feedback mode: validated like the other settings, stored, sent to players on join and resume, kept over a restart. */
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/workshop/server';
import { settingsFromForm } from '../../src/workshop/client/settings-form';
import { parseClientMessage, SessionSettings } from '../../src/workshop/protocol';
import { expectType, miniSettings, startTestServer, TestClient, testConfig } from './helpers';

const create = (settings: Record<string, unknown>) => parseClientMessage(JSON.stringify({ v: 1, type: 'create', settings: miniSettings(settings) }));

describe('the feedback mode in the protocol', () => {
  it('accepts coach, challenge, or no mode (coach)', () => {
    for (const mode of ['coach', 'challenge']) expect(create({ mode })).toMatchObject({ ok: true, message: { settings: { mode } } });
    expect(create({}).ok).toBe(true);
  });

  it('refuses any other value with a typed error naming the field', () => {
    for (const mode of ['expert', 'Challenge', '', 1, null, true, ['coach'], { coach: true }]) {
      const r = create({ mode });
      expect(r.ok, JSON.stringify(mode)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid-message');
        expect(r.error.message).toContain('settings.mode');
      }
    }
  });

  it('comes from the setup form: coach unless challenge is picked', () => {
    const catalog = [{ id: 'mini', version: '1.0.0', lang: 'en', translations: [] }];
    const form = { scenario: 'mini', lang: 'en', play: 'solo', seedScope: 'room', seed: '', decisionSeconds: '', timeoutChoice: 'first' };
    for (const [value, mode] of [['challenge', 'challenge'], ['coach', 'coach'], [undefined, 'coach'], ['<b>', 'coach']] as const) {
      const r = settingsFromForm({ ...form, ...(value === undefined ? {} : { mode: value }) }, catalog);
      expect(r.ok && r.settings.mode).toBe(mode);
      if (r.ok) expect(SessionSettings.safeParse(r.settings).success).toBe(true);
    }
  });
});

describe('the feedback mode on the server', () => {
  let server: RunningServer | null = null;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.close();
    server = null;
  });
  const open = async (port: number) => {
    const c = await TestClient.open(port);
    clients.push(c);
    return c;
  };

  it('is stored with the session and sent to the trainer and players on create, join, resume and after a restart', async () => {
    const config = testConfig();
    server = await startTestServer(config);
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings({ mode: 'challenge' }) }), 'created');
    expect(created.session.mode).toBe('challenge');
    const player = await open(server.port);
    const joined = expectType(await player.request({ type: 'join', code: created.session.code }), 'joined');
    expect(joined.session.mode).toBe('challenge');
    expectType(await player.request({ type: 'choose', seat: joined.state.seat, step: 0, choice: 'green' }), 'ack');
    await server.close();
    server = await startTestServer(config);
    const back = await open(server.port);
    const welcome = expectType(await back.request({ type: 'resume', token: joined.token }), 'welcome');
    expect(welcome.session.mode).toBe('challenge');
    expect(welcome.state.log).toEqual(['green']);
    const again = await open(server.port);
    const resumed = expectType(await again.request({ type: 'trainer-resume', session: created.session.id, token: created.trainerToken }), 'trainer-welcome');
    expect(resumed.session.mode).toBe('challenge');
  });

  it('is coach when the trainer does not set it', async () => {
    server = await startTestServer();
    const trainer = await open(server.port);
    const created = expectType(await trainer.request({ type: 'create', settings: miniSettings() }), 'created');
    expect(created.session.mode).toBe('coach');
    const player = await open(server.port);
    expect(expectType(await player.request({ type: 'join', code: created.session.code }), 'joined').session.mode).toBe('coach');
  });
});
