/** The live debrief: buildDebrief over every seat's seed and log (from the server's results), shown with the offline debrief's sections. */
import type { Scenario } from '../../scenario';
import type { SeatResult } from '../../workshop/protocol';
import { buildDebrief } from '../../workshop/debrief';
import type { UiContext } from '../context';
import { h, uid } from '../dom';
import { renderPaths } from '../debrief/paths';
import { renderDecisions, renderMistakes, renderNumbers, renderOutcomes, renderReadiness, renderRoom } from '../debrief/sections';
import '../debrief/debrief.css';

/** The debrief of the seats still in the session, as an element; focus goes to its first heading when asked. */
export function renderLiveDebrief(ctx: UiContext, scenario: Scenario, seats: readonly SeatResult[]): HTMLElement {
  const plays = seats.filter((s) => !s.removed).map((s) => ({ seed: s.seed, log: s.log }));
  const debrief = buildDebrief(scenario, plays);
  const roomId = uid('ws-db-room');
  const has = debrief.players > 0;
  return h('div', { class: 'db-debrief ws-debrief', 'data-players': debrief.players, 'data-finished': debrief.finished },
    renderRoom(ctx, debrief, roomId),
    has ? renderOutcomes(ctx, debrief) : null,
    has ? renderDecisions(ctx, debrief) : null,
    has ? renderPaths(ctx, debrief) : null,
    has ? renderMistakes(ctx, debrief) : null,
    has ? renderNumbers(ctx, debrief) : null,
    has ? renderReadiness(ctx, debrief) : null);
}
