/**
 * The debrief model: how a room played one scenario. Plain data (no DOM, no
 * functions), so the workshop server can build it and send it, and the
 * offline debrief page can build the same one from result codes.
 */
import type { Dimension, EndingNode, TextRef } from '../../scenario';

/** One option of a decision and how many players took it (as their last choice at that scene). */
export interface ChoiceTally {
  readonly id: string;
  readonly label: TextRef;
  /** Players whose last choice at the scene was this one. */
  readonly count: number;
}

/** How the room chose at one scene. */
export interface DecisionTally {
  readonly node: string;
  /** The scene's title, or its text when it has none. */
  readonly prompt: TextRef;
  /** Players who reached the scene (once each, even when they came back to it). */
  readonly reached: number;
  /** Players who made a choice there (each counted once, with their last choice): the sum of the choices' counts. */
  readonly chosen: number;
  /** All the scene's choices in file order, untaken ones with 0. */
  readonly choices: readonly ChoiceTally[];
}

/** How many players reached one ending. */
export interface EndingTally {
  readonly node: string;
  readonly kind: EndingNode['kind'];
  readonly title: TextRef;
  readonly count: number;
}

/** Outcomes: by ending kind (success, late, …) and by ending node. */
export interface OutcomeTally {
  readonly byKind: readonly { readonly kind: EndingNode['kind']; readonly count: number }[];
  readonly byEnding: readonly EndingTally[];
  /** Players whose game has not ended. */
  readonly unfinished: number;
}

/** A stop on the path map: a scene, a chance node or an ending. */
export interface PathNode {
  readonly id: string;
  readonly type: 'scene' | 'chance' | 'ending';
  /** Scene title (or text), ending title; null for a chance node. */
  readonly label: TextRef | null;
  /** Players who passed here. */
  readonly players: number;
  /** Shortest number of steps from the start in the room's paths (for a layered drawing). */
  readonly layer: number;
}

/** A move from one stop to the next, with how many players made it. */
export interface PathEdge {
  readonly from: string;
  readonly to: string;
  readonly players: number;
}

/** A mistake (a score with negative points) and how many players made it. */
export interface MistakeTally {
  readonly from: { readonly kind: 'choice' | 'outcome' | 'consequence'; readonly node: string | null; readonly id: string };
  /** Where it happened: the scene's title (or text) for a choice; null for an outcome or a consequence. */
  readonly scene: TextRef | null;
  /** What it was: the choice's label, the chance outcome's title or the consequence's title. */
  readonly what: TextRef | null;
  readonly dimension: Dimension;
  /** The points of one occurrence (negative). */
  readonly points: number;
  readonly feedback: TextRef;
  readonly source: { readonly id: string; readonly title: string; readonly url: string | null } | null;
  /** Players who made it at least once. */
  readonly players: number;
  /** Times it happened in all. */
  readonly occurrences: number;
}

/** Smallest, middle and largest value; null when there is no value. */
export interface Distribution {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  /** How many values. */
  readonly count: number;
}

/** Average readiness in one dimension over the players it touched. */
export interface ReadinessAverage {
  readonly dimension: Dimension;
  /** 0–100, rounded to one decimal; null when no player faced the dimension. */
  readonly average: number | null;
  readonly players: number;
}

/** The whole debrief of a room. */
export interface Debrief {
  readonly scenario: { readonly id: string; readonly version: string; readonly title: TextRef; readonly currency: string; readonly budget: number; readonly deadline: number };
  readonly players: number;
  /** Players per feedback mode (coach, challenge), or null when the modes are not known. */
  readonly modes: { readonly coach: number; readonly challenge: number } | null;
  readonly finished: number;
  readonly outcomes: OutcomeTally;
  readonly decisions: readonly DecisionTally[];
  readonly paths: { readonly start: string; readonly nodes: readonly PathNode[]; readonly edges: readonly PathEdge[] };
  /** Most common first (by players, then the heavier penalty). */
  readonly mistakes: readonly MistakeTally[];
  /** Money left at the end and days used, over finished games; null when none finished. */
  readonly money: Distribution | null;
  readonly days: Distribution | null;
  readonly readiness: readonly ReadinessAverage[];
  /** Mean of the players' overall readiness (0–100, one decimal), or null. */
  readonly overall: number | null;
  /** Inputs left out: a log that does not replay, or a game of another scenario (their positions in the input). */
  readonly skipped: readonly { readonly index: number; readonly reason: 'other-scenario' | 'replay-failed' }[];
}
