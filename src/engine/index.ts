/** The engine's public entry: other folders import the engine only from here. */
export { createGame, replay, groupLog, machineFor, type Game, type ChooseResult, type ReplayResult } from './game';
export { createGameMachine, startSnapshot, step, type ChooseEvent, type DrawEvent, type GameEvent, type GameInput, type GameMachine, type GameSnapshot } from './machine';
export { startState, openingState, applyChoice, takeChoice, resolveChance, applyOutcome, chanceWeights, awaitingDraw, rejectChoice, rejectStep, drawOutcome } from './rules';
export { holds } from './conditions';
export { nextRandom, pickWeighted, seedState } from './rng';
export { buildView, type ViewModel, type ChoiceView, type EffectView, type HudView } from './view';
export { buildReport, type Report, type ScoredItem, type DimensionScore, type SourceRef, type Setback } from './report';
export { buildLedger, costliest, type Ledger, type LedgerRow } from './ledger';
export { luckBatches, mergeLuck, playerLuck, luckVerdict, LUCK_PLAYS, LUCK_BATCH, LUCK_HIGH, LUCK_LOW, type LuckKind, type LuckVerdict } from './luck-verdict';
export { saveGame, loadGame, SAVE_KIND, SAVE_VERSION, type SaveEnvelope, type LoadResult, type LoadError, type LoadErrorCode } from './save';
export { encodeResultCode, decodeResultCode, replayResultCode, FEEDBACK_MODES, type FeedbackMode, type DecodedResult, type ResultReplay } from './result-code';
export { choiceOrder } from './order';
export { choiceForecast, earliestArrival, daysToSuccess, type ChoiceForecast, type Span } from './forecast';
export { pickText, type TextVariant } from './variants';
export { EngineError, type GameState, type GameEffect, type TrailEntry, type Rejection, type PendingConsequence } from './state';
export { analyze, analysisFindings, findingsOf, FINDINGS_MAX_STATES, randomPlays, percentiles, type Analysis, type EndingReach, type Coverage, type Hotspot, type Route, type ExploreOptions, type ExploreProgress, type Finding, type RandomPlayOptions, type RandomPlayReport, type PlaySample, type Percentiles } from './analyze';
export { scenarioGraph, GRAPH_PALETTE, toMermaid, toDot, type GraphModel, type GraphNode, type GraphEdge } from './analyze';
export { policyAnalysis, missedTargets, bestFirst, choicePoints, POLICIES, POLICY_TARGETS, decisionLuck, type PolicyName, type PolicyFigures, type PolicyAnalysis, type PolicyOptions, type MissedTarget, type DecisionLuck, type DecisionLuckOptions } from './analyze';
