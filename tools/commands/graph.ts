/** `graph`: a map of a scenario as Mermaid, Graphviz DOT or a self-contained SVG. */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { toDot, toMermaid } from '../../src/engine';
import type { Scenario } from '../../src/scenario';
import { readScenario } from '../lib/files';
import { storyMapSvg } from '../lib/story-map';
import type { Command } from './types';

const USAGE = `Usage: npm run scenario -- graph <scenario.json> [--format mermaid|dot|svg] [--out file]

Draws the scenario: scenes (title and id), chance nodes (diamonds, outcomes
with their base odds; * = odds or availability depend on conditions),
branches, endings coloured by kind (success green, late orange, over budget
red, refused or unpaid purple, other grey), choices labelled with their cost,
and the global rules and consequence redirects as dashed edges.
The SVG map (laid out with dagre) shows every label whole, costs with their
currency, scenes' milestones, and every later consequence: the choices that
schedule or cancel it, the milestone scenes where it fires (dotted), and
where it sends the player (dashed).

  --format F   mermaid (default), dot (Graphviz) or svg (laid out here, no tools needed)
  --out FILE   write to FILE instead of the terminal; the format follows its
               extension (.svg, .dot/.gv, .mmd/.md) unless --format is given

Exit status: 0 written, 1 unreadable scenario, 2 bad usage.`;

const FORMATS = { mermaid: toMermaid, dot: toDot, svg: storyMapSvg } as const;
type Format = keyof typeof FORMATS;
const BY_EXTENSION: Record<string, Format> = { '.svg': 'svg', '.dot': 'dot', '.gv': 'dot', '.mmd': 'mermaid', '.md': 'mermaid' };

export const graph: Command = {
  summary: 'draw a scenario as Mermaid, Graphviz DOT or SVG',
  usage: USAGE,
  async run(args) {
    let values: { format?: string; out?: string };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { format: { type: 'string' }, out: { type: 'string' } } }));
    } catch (e) {
      console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
      return 2;
    }
    const format = (values.format ?? (values.out ? BY_EXTENSION[extname(values.out).toLowerCase()] : undefined) ?? 'mermaid') as Format;
    if (!(format in FORMATS) || positionals.length !== 1) {
      console.error(`${positionals.length !== 1 ? 'Name exactly one scenario file.' : `Unknown format "${values.format}".`}\n\n${USAGE}`);
      return 2;
    }
    let scenario: Scenario;
    try {
      scenario = readScenario(positionals[0] as string);
    } catch (e) {
      console.error(e instanceof Error ? e.message : String(e));
      return 1;
    }
    const text = FORMATS[format](scenario);
    if (values.out) {
      writeFileSync(values.out, text);
      console.error(`Wrote ${values.out} (${format}, ${Object.keys(scenario.nodes).length} nodes).`);
    } else process.stdout.write(text);
    return 0;
  },
};
