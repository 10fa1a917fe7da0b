/** Exhaustive analysis, Monte Carlo play and scenario maps. Pure: no clock, no I/O. */
export { analyze, summarize, type Analysis, type EndingReach, type Coverage, type Hotspot, type Route, type ExploreOptions, type ExploreProgress } from './analysis';
export { analysisFindings, findingsOf, FINDINGS_MAX_STATES, type Finding } from './findings';
export { randomPlays, percentiles, type RandomPlayOptions, type RandomPlayReport, type PlaySample, type Percentiles } from './random';
export { explore, type StateGraph } from './explore';
export { scenarioGraph, describeCondition, PALETTE as GRAPH_PALETTE, type GraphModel, type GraphNode, type GraphEdge } from './graph-model';
export { toMermaid, toDot } from './graph-text';
export { policyAnalysis, missedTargets, bestFirst, choicePoints, playWith, POLICIES, POLICY, POLICY_TARGETS, POLICY_MAX_STEPS, type PolicyName, type Policy, type Decision, type PolicyFigures, type PolicyAnalysis, type PolicyOptions, type MissedTarget } from './policies';
export { decisionLuck, type DecisionLuck, type DecisionLuckOptions } from './luck';
