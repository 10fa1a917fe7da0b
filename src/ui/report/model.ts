/**
 * The report screen as data: dimension rows, verdicts on money and time, the
 * radar chart's geometry, which links are safe. Pure: no DOM, tested in Node.
 */
import type { LedgerRow, LuckVerdict, Report, SourceRef } from '../../engine';
import { DIMENSIONS, type Dimension } from '../../scenario';

/** A readiness band, for colour and wording; null percent is 'none' (not assessed). */
export type Band = 'strong' | 'fair' | 'weak' | 'none';

/** One dimension as the report shows it. `number` (1–6) ties the chart's axis to the table row. */
export interface DimensionRow {
  readonly dimension: Dimension;
  readonly number: number;
  readonly percent: number | null;
  readonly earned: number;
  readonly possible: number;
  readonly band: Band;
}

/** The band of a percentage: ≥ 70 strong (the engine's "learn next" threshold), ≥ 40 fair, else weak. */
export function bandOf(percent: number | null): Band {
  if (percent === null) return 'none';
  return percent >= 70 ? 'strong' : percent >= 40 ? 'fair' : 'weak';
}

/** The six dimensions in the order of DIMENSIONS, numbered 1–6. */
export function dimensionRows(report: Report): DimensionRow[] {
  return DIMENSIONS.map((dimension, i) => {
    const d = report.dimensions[dimension];
    return { dimension, number: i + 1, percent: d.percent, earned: d.earned, possible: d.possible, band: bandOf(d.percent) };
  });
}

/** Money and time against budget and deadline, with the overshoot when there is one. */
export interface Verdicts {
  readonly onTime: boolean;
  readonly daysLate: number;
  readonly daysLeft: number;
  readonly withinBudget: boolean;
  readonly overspent: number;
  /** Share of the budget spent and of the deadline used, 0–1 (capped at 1 for drawing). */
  readonly moneyShare: number;
  readonly timeShare: number;
}

/** Verdicts from a report. */
export function verdicts(report: Report): Verdicts {
  const { money, days } = report;
  const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : part > 0 ? 1 : 0);
  return {
    onTime: report.onTime,
    daysLate: Math.max(0, days.used - days.deadline),
    daysLeft: Math.max(0, days.deadline - days.used),
    withinBudget: report.withinBudget,
    overspent: Math.max(0, -money.end),
    moneyShare: share(money.spent, money.start),
    timeShare: share(days.used, days.deadline),
  };
}

/**
 * The advice when no dimension is weak: praise ("try a harder scenario") only a game that
 * succeeded; a failed game with sound decisions is told so and pointed to what cost it.
 */
export function noWeaknessKey(report: Report): 'report:next.none' | 'report:next.noneFailed' | 'report:next.noneUnfinished' {
  if (!report.finished) return 'report:next.noneUnfinished';
  return report.success ? 'report:next.none' : 'report:next.noneFailed';
}

/** The luck sentence's key. */
export function luckKey(v: LuckVerdict): string {
  return `report:luck.${v.kind}`;
}

/** A ledger row as the table shows it: whether it is where the deadline or the budget was first crossed. */
export interface LedgerLine {
  readonly row: LedgerRow;
  readonly crossesDeadline: boolean;
  readonly crossesBudget: boolean;
  /** Nothing changed in money or days (shown quieter). */
  readonly quiet: boolean;
}

/** The ledger's lines, marking the first step past the deadline and the first below zero money. */
export function ledgerLines(report: Report): LedgerLine[] {
  let pastDeadline = false;
  let overBudget = false;
  return report.ledger.rows.map((row) => {
    const crossesDeadline = row.pastDeadline && !pastDeadline;
    const crossesBudget = row.overBudget && !overBudget;
    pastDeadline ||= row.pastDeadline;
    overBudget ||= row.overBudget;
    return { row, crossesDeadline, crossesBudget, quiet: row.money === 0 && row.days === 0 };
  });
}

/** A link target only for http(s) URLs; anything else (javascript:, data:, relative) is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A source with its safe link (null when it has no http(s) URL). */
export function sourceLink(source: SourceRef | null): { title: string; href: string | null } | null {
  return source ? { title: source.title, href: safeHref(source.url) } : null;
}

export interface Point { readonly x: number; readonly y: number }

/** The radar chart's shapes in a square of `size` units. */
export interface RadarGeometry {
  readonly size: number;
  readonly center: Point;
  readonly radius: number;
  /** One axis per dimension: its end point and where its number label sits. */
  readonly axes: readonly { readonly row: DimensionRow; readonly end: Point; readonly label: Point; readonly dot: Point }[];
  /** Grid rings at 25, 50, 75 and 100 % as SVG points lists. */
  readonly rings: readonly string[];
  /** The readiness shape as an SVG points list (a dimension not assessed sits at the centre). */
  readonly shape: string;
}

const round = (n: number) => Math.round(n * 10) / 10;
const points = (ps: readonly Point[]) => ps.map((p) => `${p.x},${p.y}`).join(' ');

/**
 * Radar geometry: the first axis points up, the others follow clockwise
 * (counter-clockwise for right-to-left reading).
 */
export function radarGeometry(rows: readonly DimensionRow[], size = 240, clockwise = true): RadarGeometry {
  const center = { x: size / 2, y: size / 2 };
  const radius = size * 0.36;
  const at = (i: number, r: number): Point => {
    const angle = -Math.PI / 2 + (clockwise ? 1 : -1) * (2 * Math.PI * i) / rows.length;
    return { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
  };
  const axes = rows.map((row, i) => ({
    row,
    end: at(i, radius),
    label: at(i, radius + size * 0.08),
    dot: at(i, (radius * (row.percent ?? 0)) / 100),
  }));
  return {
    size, center, radius, axes,
    rings: [0.25, 0.5, 0.75, 1].map((f) => points(rows.map((_, i) => at(i, radius * f)))),
    shape: points(axes.map((a) => a.dot)),
  };
}
