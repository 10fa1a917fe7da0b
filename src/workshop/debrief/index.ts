/**
 * The workshop debrief: how a room played a scenario (decisions, outcomes,
 * path map, common mistakes, money, days, readiness). Pure TypeScript: no DOM,
 * no node modules; used by the offline debrief page and the workshop server.
 */
export { buildDebrief, type DebriefPlay } from './build';
export { stopsOf } from './paths';
export { distribution, average } from './stats';
export type { Debrief, DecisionTally, ChoiceTally, OutcomeTally, EndingTally, PathNode, PathEdge, MistakeTally, Distribution, ReadinessAverage } from './model';
export { forkDecisions, forkAndReplay, type ForkDecision, type ForkSide, type ForkResult } from './fork';
export { rankSeats, type LeaderboardRow } from './leaderboard';
export { debriefHtml, escapeHtml, type DebriefHtmlTexts } from './html';
export { modeLine, roomMode, verdictsShown } from './modes';
