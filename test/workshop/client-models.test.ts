/** The browser's workshop view models: server messages reduced to the trainer's state, the player's hold and saving status, log comparison, frames read. */
import { describe, expect, it } from 'vitest';
import { compareLogs, holdOf, saveStatusOf } from '../../src/workshop/client/player-model';
import { readServerMessage, workshopSocketUrl } from '../../src/workshop/client/messages';
import { EMPTY_TRAINER_STATE, reduceTrainer, roomCounts, seatLines } from '../../src/workshop/client/trainer-model';
import type { DashboardRow, SeatState, ServerMessage, SessionView } from '../../src/workshop/protocol';

const session: SessionView = { id: 'session01', code: 'ABCDEFG', scenario: 'mini', version: '1.0.0', lang: 'en', play: 'solo', teams: 0, decisionSeconds: null, mode: 'coach', locked: false, paused: false, hold: null };
const row = (over: Partial<DashboardRow>): DashboardRow => ({
  seat: 'seat0001', nickname: 'Calm Otter 10', team: null, connected: true, node: 'aeo', stage: 'customs', money: 1000, day: 1, step: 1,
  decisionMs: 5000, finished: false, outcome: null, held: false, stuck: false, ...over,
});
const state = (log: string[]): SeatState => ({ seat: 'seat0001', nickname: 'N', team: null, seed: 7, log, step: log.length, node: 'x', money: 0, day: 0, status: 'playing' });

describe('reduceTrainer', () => {
  it('follows a session from created through dashboards, results, errors and deletion', () => {
    let s = reduceTrainer(EMPTY_TRAINER_STATE, { v: 1, type: 'created', session, settings: { scenario: 'mini', version: '1.0.0', lang: 'en', seedScope: 'room', play: 'solo' }, trainerToken: 't'.repeat(43) });
    expect(s.session?.code).toBe('ABCDEFG');
    const rows = [row({}), row({ seat: 'seat0002', finished: true, outcome: 'success', decisionMs: 0 })];
    s = reduceTrainer(s, { v: 1, type: 'dashboard', session: { ...session, locked: true }, rows, medianDecisionMs: 5000, at: 1 });
    expect(s.rows).toBe(rows);
    expect(s.session?.locked).toBe(true);
    expect(s.medianDecisionMs).toBe(5000);
    s = reduceTrainer(s, { v: 1, type: 'session', session: { ...session, locked: true, paused: true } });
    expect(s.session?.paused).toBe(true);
    expect(s.rows).toBe(rows); // a session change keeps the rows
    s = reduceTrainer(s, { v: 1, type: 'error', code: 'not-authorized', message: 'no' });
    expect(s.error).toEqual({ code: 'not-authorized', message: 'no' });
    expect(s.session?.paused).toBe(true);
    const seats = [{ seat: 'seat0001', nickname: 'A', team: null, seed: 7, log: ['green'], times: [1], auto: [false], removed: false }];
    s = reduceTrainer(s, { v: 1, type: 'results', session, seats });
    expect(s.results).toBe(seats);
    s = reduceTrainer(s, { v: 1, type: 'reseated', seat: 'seat0001', token: 'n'.repeat(43) });
    expect(s.reseated).toEqual({ seat: 'seat0001', token: 'n'.repeat(43) });
    expect(reduceTrainer(s, { v: 1, type: 'pong' })).toBe(s);
    const deleted = reduceTrainer(s, { v: 1, type: 'deleted', session: 'session01' });
    expect(deleted).toEqual({ ...EMPTY_TRAINER_STATE, deleted: true });
  });

  it('a trainer-welcome after a reload clears an old error', () => {
    const s = reduceTrainer({ ...EMPTY_TRAINER_STATE, error: { code: 'internal', message: 'x' } }, { v: 1, type: 'trainer-welcome', session });
    expect(s.error).toBeNull();
    expect(s.session).toBe(session);
  });
});

describe('seatLines and roomCounts', () => {
  const rows = [
    row({ seat: 's1', nickname: 'Zed', finished: true, outcome: 'late', decisionMs: 0 }),
    row({ seat: 's2', nickname: 'Bea', decisionMs: 125_900 }),
    row({ seat: 's3', nickname: 'Cy', stuck: true, decisionMs: 400_000 }),
    row({ seat: 's4', nickname: 'Al', held: true }),
    row({ seat: 's5', nickname: 'Ann', connected: false }),
  ];
  it('puts stuck seats first, then playing, held, finished; by nickname within; whole seconds', () => {
    const lines = seatLines(rows);
    expect(lines.map((l) => [l.nickname, l.status])).toEqual([['Cy', 'stuck'], ['Ann', 'playing'], ['Bea', 'playing'], ['Al', 'held'], ['Zed', 'finished']]);
    expect(lines.find((l) => l.nickname === 'Bea')?.seconds).toBe(125);
    expect(lines.find((l) => l.nickname === 'Zed')?.outcome).toBe('late');
    expect(lines.find((l) => l.nickname === 'Ann')?.connected).toBe(false);
  });
  it('counts joined, finished and stuck seats', () => {
    expect(roomCounts(rows)).toEqual({ joined: 5, finished: 1, stuck: 1 });
    expect(roomCounts([])).toEqual({ joined: 0, finished: 0, stuck: 0 });
  });
});

describe('player model', () => {
  it('holdOf: a pause holds everyone; a checkpoint only seats at its scene, and not once the game ended', () => {
    expect(holdOf(null, 'aeo', false)).toBeNull();
    expect(holdOf(session, 'aeo', false)).toBeNull();
    expect(holdOf({ ...session, paused: true }, 'aeo', true)).toBe('paused');
    expect(holdOf({ ...session, hold: 'aeo' }, 'aeo', false)).toBe('checkpoint');
    expect(holdOf({ ...session, hold: 'aeo' }, 'ship', false)).toBeNull();
    expect(holdOf({ ...session, hold: 'end' }, 'end', true)).toBeNull();
  });

  it('saveStatusOf: offline while a choice waits without a connection, saving while it waits for its ack, then saved', () => {
    expect(saveStatusOf('closed', false, true)).toBe('offline');
    expect(saveStatusOf('connecting', true, true)).toBe('offline');
    expect(saveStatusOf('connecting', false, false)).toBe('connecting');
    expect(saveStatusOf('open', true, true)).toBe('saving');
    expect(saveStatusOf('open', false, true)).toBe('saved');
    expect(saveStatusOf('open', false, false)).toBe('idle');
  });

  it('compareLogs: same, ahead only by the pending choice, or rebuild from the server', () => {
    expect(compareLogs(['a', 'b'], state(['a', 'b']), null)).toBe('same');
    expect(compareLogs(['a', 'b'], state(['a']), { step: 1, choice: 'b' })).toBe('pending');
    expect(compareLogs(['a', 'b'], state(['a']), null)).toBe('rebuild'); // the pending choice was refused
    expect(compareLogs(['a', 'b'], state(['a', 'c']), null)).toBe('rebuild'); // a timeout took another choice
    expect(compareLogs(['a'], state(['a', 'c']), null)).toBe('rebuild'); // the server is ahead (another device)
    expect(compareLogs(['a', 'b'], state(['x']), { step: 1, choice: 'b' })).toBe('rebuild');
  });
});

describe('readServerMessage', () => {
  it('reads protocol v1 messages of known types and ignores anything else', () => {
    const m: ServerMessage = { v: 1, type: 'ack', seat: 's', step: 0, choice: 'green', duplicate: false };
    expect(readServerMessage(JSON.stringify(m))).toEqual(m);
    for (const text of ['not json', '[]', 'null', '42', '{"v":2,"type":"ack"}', '{"v":1,"type":"evil"}', '{"v":1}'])
      expect(readServerMessage(text), text).toBeNull();
  });
  it('the socket address follows the page (wss under https)', () => {
    expect(workshopSocketUrl({ protocol: 'http:', host: '192.168.1.5:8080' })).toBe('ws://192.168.1.5:8080/ws');
    expect(workshopSocketUrl({ protocol: 'https:', host: 'game.example.org' })).toBe('wss://game.example.org/ws');
  });
});
