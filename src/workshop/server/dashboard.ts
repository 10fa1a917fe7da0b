/** The trainer's live dashboard: one row per seat, with a "stuck" flag against the room's median. */
import { buildReport } from '../../engine';
import { DIMENSIONS } from '../../scenario';
import type { DashboardRow, ServerMessage } from '../protocol';
import { botMark } from './bot-policy';
import type { Room } from './room';

/** A decision counts as stuck when it took this many times the room's median ... */
export const STUCK_FACTOR = 3;
/** ... and at least this long (so a fast room does not flag everyone after a few seconds). */
export const STUCK_MIN_MS = 60_000;

/** The median of numbers (0 for none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** True when a decision time is far above the room's median. */
export function isStuck(decisionMs: number, roomMedianMs: number): boolean {
  return decisionMs >= STUCK_MIN_MS && decisionMs >= STUCK_FACTOR * roomMedianMs;
}

/** A cached dashboard is reused while nothing changed for this long (its decision times age meanwhile). */
export const DASHBOARD_REUSE_MS = 1000;
/** A trainer's own requests (reload, "refresh") are answered from a dashboard at most this old, changed or not. */
export const DASHBOARD_REQUEST_MS = 250;

/**
 * The room's dashboard at `now`, worked out again only when the room changed since the cached one (or that one is
 * a second old), or, with `maxAgeMs`, once the cached one is older than that: however many trainers ask, however
 * often bots move, a room's dashboard is worked out at most once per change and per `maxAgeMs`.
 */
export function roomDashboard(room: Room, now: number, maxAgeMs = 0): Extract<ServerMessage, { type: 'dashboard' }> {
  const cached = room.dashboardCache;
  if (cached && now >= cached.at && ((cached.changes === room.changes && now - cached.at < DASHBOARD_REUSE_MS) || now - cached.at < maxAgeMs)) return cached.message;
  const message = dashboardOf(room, now);
  room.dashboardCache = { changes: room.changes, at: now, message };
  return message;
}

/** The dashboard message of a room at `now`. */
export function dashboardOf(room: Room, now: number): Extract<ServerMessage, { type: 'dashboard' }> {
  const clockNow = room.pausedAt ?? now; // decision clocks stand still while paused
  const base = room.activeSeats().map((seat) => {
    const st = seat.game.state;
    const node = room.scenario.nodes[st.node];
    const finished = st.status === 'ended';
    const held = !finished && room.session.hold === st.node;
    return { seat, st, node, finished, held, decisionMs: finished ? 0 : Math.max(0, clockNow - seat.decisionSince) };
  });
  const med = median(base.filter((b) => !b.finished && !b.held).map((b) => b.decisionMs));
  const rows: DashboardRow[] = base.map(({ seat, st, node, finished, held, decisionMs }) => ({
    seat: seat.record.id, nickname: seat.record.nickname, team: seat.record.team, connected: seat.peers.size > 0,
    node: st.node, stage: node && 'stage' in node ? (node.stage ?? null) : null, money: st.money, day: st.day, step: st.log.length,
    decisionMs, finished, outcome: finished && node?.type === 'ending' ? node.kind : null, held,
    stuck: !finished && !held && isStuck(decisionMs, med),
    ...botMark(seat.record),
    ...learning(room, st),
    ...(seat.broken ? { broken: true } : {}),
  }));
  return { v: 1, type: 'dashboard', session: room.view(), rows, medianDecisionMs: med, at: now };
}

type Learning = { readiness: number | null; mistakes: number };
type SeatState = Parameters<typeof buildReport>[1];

/** Game states are immutable, so a state's figures are worked out once, not on every dashboard tick. */
const learned = new WeakMap<SeatState, Learning>();

/** A seat's readiness so far (the mean of the dimensions a decision touched) and its mistakes, for the trainer's table. */
function learning(room: Room, st: SeatState): Learning {
  const known = learned.get(st);
  if (known) return known;
  const report = buildReport(room.scenario, st);
  const tested = DIMENSIONS.map((d) => report.dimensions[d].percent).filter((p): p is number => p !== null);
  const value = { readiness: tested.length ? Math.round(tested.reduce((a, b) => a + b, 0) / tested.length) : null, mistakes: report.mistakes.length };
  learned.set(st, value);
  return value;
}
