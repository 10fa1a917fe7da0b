import { describe, expect, it } from 'vitest';
import { createGame, type Report } from '../../src/engine';
import { DIMENSIONS } from '../../src/scenario';
import { bandOf, dimensionRows, ledgerLines, luckKey, noWeaknessKey, radarGeometry, safeHref, sourceLink, verdicts } from '../../src/ui/report/model';
import { mini, scene, tiny } from '../support/scenarios';

/** Plays mini.json with a seed and choices (chance outcomes forced to the green lane). */
function play(choices: string[]): Report {
  const game = createGame(mini(), 7);
  for (const c of choices) {
    const r = game.choose(c, c === 'sea' || c === 'air' ? ['green-lane'] : []);
    expect(r.ok).toBe(true);
  }
  return game.report();
}

describe('report rows from a played game', () => {
  it('a wrong HS code: classification at 0 % (weak), the other dimensions not assessed', () => {
    const report = play(['roasted', 'skip', 'sea', 'deliver']);
    expect(report.ending?.kind).toBe('refused');
    const rows = dimensionRows(report);
    expect(rows.map((r) => r.dimension)).toEqual([...DIMENSIONS]);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.find((r) => r.dimension === 'classification')).toMatchObject({ percent: 0, earned: -3, possible: 2, band: 'weak' });
    expect(rows.filter((r) => r.band === 'none').map((r) => r.dimension)).toEqual(['market', 'compliance', 'logistics', 'finance', 'customs']);
  });

  it('the right HS code: classification at 100 % (strong), on time and within budget', () => {
    const report = play(['green', 'apply', 'air', 'deliver']);
    expect(report.success).toBe(true);
    expect(dimensionRows(report)[1]).toMatchObject({ dimension: 'classification', percent: 100, band: 'strong' });
    expect(verdicts(report)).toEqual({
      onTime: true, daysLate: 0, daysLeft: 12, withinBudget: true, overspent: 0, moneyShare: 0.9, timeShare: 0.4,
    });
  });

  it('running out of money: over budget by the overshoot, the money meter full', () => {
    const report = play(['green', 'splurge']);
    expect(report.ending?.kind).toBe('over-budget');
    expect(verdicts(report)).toMatchObject({ withinBudget: false, overspent: 1000, moneyShare: 1 });
  });

  it('late: days late counted past the deadline', () => {
    const base = play(['green', 'apply', 'air', 'deliver']);
    const late = { ...base, onTime: false, days: { used: 23, deadline: 20 } } as Report;
    expect(verdicts(late)).toMatchObject({ onTime: false, daysLate: 3, daysLeft: 0, timeShare: 1 });
  });
});

describe('readiness bands', () => {
  it('uses 70 and 40 as the limits and "none" for not assessed', () => {
    expect([100, 70, 69, 40, 39, 0, null].map(bandOf)).toEqual(['strong', 'strong', 'fair', 'fair', 'weak', 'weak', 'none']);
  });
});

describe('radar geometry', () => {
  const rows = dimensionRows(play(['green', 'apply', 'air', 'deliver']));

  it('puts the first axis straight up and a 100 % dot on the end of its axis', () => {
    const g = radarGeometry(rows, 200);
    expect(g.center).toEqual({ x: 100, y: 100 });
    expect(g.axes[0]?.end).toEqual({ x: 100, y: 28 });
    const classification = g.axes[1]!;
    expect(classification.dot).toEqual(classification.end);
    expect(g.axes[0]?.dot).toEqual(g.center); // not assessed: at the centre
    expect(g.rings).toHaveLength(4);
    expect(g.rings.every((r) => r.split(' ').length === 6)).toBe(true);
    expect(g.shape.split(' ')).toHaveLength(6);
  });

  it('goes clockwise for left-to-right reading and mirrors for right-to-left', () => {
    const ltr = radarGeometry(rows, 200, true);
    const rtl = radarGeometry(rows, 200, false);
    expect(ltr.axes[1]!.end.x).toBeGreaterThan(100);
    expect(rtl.axes[1]!.end.x).toBeLessThan(100);
    expect(rtl.axes[1]!.end.x).toBeCloseTo(200 - ltr.axes[1]!.end.x, 1);
    expect(rtl.axes[1]!.end.y).toBe(ltr.axes[1]!.end.y);
  });

  it('keeps every label inside the drawing', () => {
    for (const a of radarGeometry(rows, 240).axes) {
      for (const v of [a.label.x, a.label.y]) {
        expect(v).toBeGreaterThanOrEqual(11);
        expect(v).toBeLessThanOrEqual(240 - 11);
      }
    }
  });
});

describe('learn-more links', () => {
  it('links only http(s) URLs', () => {
    expect(safeHref('https://www.wto.org/msmes')).toBe('https://www.wto.org/msmes');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'docs/x.md', 'ftp://x.org', '', null, undefined]) expect(safeHref(bad)).toBeNull();
  });

  it('keeps a source without a URL as a title only', () => {
    expect(sourceLink({ id: 'hs', title: 'HS 2022 nomenclature', url: null })).toEqual({ title: 'HS 2022 nomenclature', href: null });
    expect(sourceLink(null)).toBeNull();
  });
});

describe('honest texts for a failed game', () => {
  // Every decision right (100 % readiness), yet the voyage is too long: late.
  const s = tiny({
    s0: scene([{ id: 'right', cost: { days: 4 }, scores: [{ dimension: 'logistics', points: 2, feedback: 'Right.' }], next: 's1' }]),
    s1: scene([{ id: 'voyage', cost: { days: 9 }, next: 'win' }]),
  });
  const play = (steps: string[]) => {
    const g = createGame(s, 1);
    for (const c of steps) expect(g.choose(c).ok).toBe(true);
    return g.report();
  };

  it('does not tell a player who failed to "try a harder scenario"', () => {
    const late = play(['right', 'voyage']);
    expect(late).toMatchObject({ overall: 100, success: false, learnNext: [] });
    expect(noWeaknessKey(late)).toBe('report:next.noneFailed');
    expect(noWeaknessKey(play(['right']))).toBe('report:next.noneUnfinished');
    const won = tiny({ s0: scene([{ id: 'go', scores: [{ dimension: 'market', points: 1, feedback: 'Yes.' }], next: 'win' }]) });
    const g = createGame(won, 1);
    g.choose('go');
    expect(noWeaknessKey(g.report())).toBe('report:next.none');
  });

  it('marks the first step past the deadline in the ledger and names the steps that took the most days', () => {
    const late = play(['right', 'voyage']);
    expect(ledgerLines(late).map((l) => [l.row.id, l.crossesDeadline, l.crossesBudget, l.quiet])).toEqual([
      ['right', false, false, false],
      ['voyage', true, false, false],
      ['pastDeadline', false, false, true],
    ]);
    expect(late.setback?.days.map((r) => r.id)).toEqual(['voyage', 'right']);
  });

  it('words the luck sentence by its verdict', () => {
    expect(luckKey({ kind: 'unlucky', rate: 0.81, plays: 200 })).toBe('report:luck.unlucky');
  });
});
