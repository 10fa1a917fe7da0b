/**
 * Records golden choice logs for a scenario (not a test; run it by hand):
 *   npx tsx test/content/record-golden.ts <scenario id>            add <id>-random-win.json and <id>-random-loss.json
 *   npx tsx test/content/record-golden.ts <scenario id> --refresh  re-record "expect" of that scenario's golden logs
 * Refresh only after a change that is meant to alter play, and read the diff before committing it.
 * Only shipped scenarios (scenarios/<id>/) have golden logs; docs/scenario-format.md ("Shipping a scenario")
 * explains when to record and what npm test checks with them.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { replay } from '../../src/engine';
import { findWinAndLoss, GOLDEN_DIR, goldenLogs, shippedScenarios, type GoldenLog } from './helpers';

function text(g: GoldenLog): string {
  const e = g.expect;
  return `{\n  "scenario": ${JSON.stringify(g.scenario)},\n${g.note ? `  "note": ${JSON.stringify(g.note)},\n` : ''}  "seed": ${g.seed},\n  "log": ${JSON.stringify(g.log).replaceAll('","', '", "')},\n  "expect": { "node": ${JSON.stringify(e.node)}, "money": ${e.money}, "day": ${e.day}, "status": ${JSON.stringify(e.status)} }\n}\n`;
}

const [id, flag] = process.argv.slice(2);
const shipped = shippedScenarios().find((s) => s.scenario.id === id);
if (!shipped || (flag !== undefined && flag !== '--refresh')) {
  console.error('Usage: npx tsx test/content/record-golden.ts <scenario id> [--refresh]');
  if (id && !shipped && flag !== undefined && flag !== '--refresh') console.error(`Unknown option "${flag}".`);
  else if (id && !shipped) console.error(`No scenario "${id}" in scenarios/ (golden logs are recorded for shipped scenarios; move a draft from drafts/ first).`);
  process.exit(2);
}
const s = shipped.scenario;
if (flag === '--refresh') {
  for (const { name, golden } of goldenLogs().filter((g) => g.golden.scenario === id)) {
    const r = replay(s, golden.seed, golden.log);
    if (!r.ok) { console.error(`${name}: the log no longer replays (step ${r.step}, ${r.rejection.code}); fix or delete it.`); continue; }
    const st = r.game.state;
    writeFileSync(`${GOLDEN_DIR}/${name}`, text({ ...golden, expect: { node: st.node, money: st.money, day: st.day, status: st.status } }));
    console.log(`${name}: ${st.node}, money ${st.money}, day ${st.day}`);
  }
} else {
  const { win, loss } = findWinAndLoss(s);
  for (const [kind, found] of [['win', win], ['loss', loss]] as const) {
    const file = `${GOLDEN_DIR}/${id}-random-${kind}.json`;
    if (!found) { console.error(`no random ${kind} found for ${id}`); continue; }
    if (existsSync(file)) { console.error(`${file} exists; use --refresh`); continue; }
    const st = replay(s, found.seed, found.log).game.state;
    writeFileSync(file, text({ scenario: s.id, note: `Seeded random play (seed ${found.seed}).`, seed: found.seed, log: found.log, expect: { node: st.node, money: st.money, day: st.day, status: st.status } }));
    console.log(`wrote ${file}: ${st.node}`);
  }
}
