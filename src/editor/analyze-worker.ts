/// <reference lib="webworker" />
/**
 * The analyzer off the page's thread: every reachable state (its findings) and seeded games under each
 * policy (the policy table), for the scenario the editor sends.
 */
import { analysisFindings, missedTargets, policyAnalysis } from '../engine';
import type { Scenario } from '../scenario';
import type { AnalysisReply, AnalysisRequest } from './analysis';

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<AnalysisRequest>) => {
  const { id, scenario, plays } = e.data;
  let reply: AnalysisReply;
  try {
    const policies = policyAnalysis(scenario as Scenario, { n: plays });
    reply = { id, ok: true, policies, missed: missedTargets(policies), findings: analysisFindings(scenario as Scenario) };
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply);
};
