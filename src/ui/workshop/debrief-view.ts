/** The live debrief: buildDebrief over every seat's seed and log (from the server's results), shown with the offline debrief's sections. */
import type { Scenario } from '../../scenario';
import type { SeatResult, SessionMode } from '../../workshop/protocol';
import { buildDebrief, rankSeats, verdictsShown } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { renderFork, type ForkSeat } from '../debrief/fork';
import { renderLeaderboard } from '../debrief/leaderboard';
import { renderPaths } from '../debrief/paths';
import { renderDecisions, renderMistakes, renderNumbers, renderOutcomes, renderReadiness, renderRoom } from '../debrief/sections';
import '../debrief/debrief.css';

/** The debrief of the seats still in the session (all played in the session's feedback mode), as an element. */
export function renderLiveDebrief(ctx: UiContext, scenario: Scenario, seats: readonly SeatResult[], mode: SessionMode): HTMLElement {
  const plays = seats.filter((s) => !s.removed).map((s) => ({ seed: s.seed, log: s.log }));
  const debrief = buildDebrief(scenario, plays, mode);
  const roomId = uid('ws-db-room');
  const has = debrief.players > 0;
  // In Challenge mode verdicts wait for the report: while anyone still plays, the projected debrief shows how
  // the room moves, not which choices were right (mistakes, readiness, ranking and forks come once all finish).
  const verdicts = verdictsShown(mode, debrief);
  return h('div', { class: 'db-debrief ws-debrief', 'data-players': debrief.players, 'data-finished': debrief.finished, 'data-verdicts': String(verdicts) },
    renderRoom(ctx, debrief, roomId),
    has ? renderOutcomes(ctx, debrief) : null,
    has ? renderDecisions(ctx, debrief) : null,
    has ? renderPaths(ctx, debrief) : null,
    has && !verdicts ? h('p', { class: 'ws-debrief-held', role: 'note' }, ctx.t('workshop:debrief.verdictsHeld')) : null,
    verdicts ? renderMistakes(ctx, debrief) : null,
    has ? renderNumbers(ctx, debrief) : null,
    verdicts ? renderReadiness(ctx, debrief) : null,
    verdicts ? renderLeaderboard(ctx, rankSeats(scenario, seats.map((s) => (s.removed ? null : { seed: s.seed, log: s.log }))), scenario.currency) : null,
    verdicts ? renderFork(ctx, scenario, forkSeats(seats)) : null);
}

/** The seats still in the session, named as in the CSV (S1, S2… by position) with their nickname. */
function forkSeats(seats: readonly SeatResult[]): ForkSeat[] {
  return seats.flatMap((s, i) => (s.removed ? [] : [{ label: `S${i + 1} · ${s.nickname}`, seed: s.seed, log: s.log }]));
}
