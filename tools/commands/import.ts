/** `import`: a Twine story (Twee 3) as a scenario skeleton in drafts/<id>/, with author notes. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseTwee } from 'extwee';
import { ID_PATTERN } from '../../src/scenario';
import { twineToScenario, type TwineStory } from '../lib/twine';
import type { Command } from './types';

const SCHEMA_FILE = 'scenarios/scenario.schema.json';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const importTwine: Command = {
  summary: 'turn a Twine story (Twee 3) into a scenario skeleton in drafts/',
  usage: `Usage: npm run scenario -- import <story.twee> [--id ID] [--out FILE] [--lang en] [--force]

Reads a Twee 3 file (Twine 2: Library → Archive, or "View as Twee"; Harlowe or
SugarCube) and writes a scenario skeleton, by default drafts/<id>/scenario.json,
with drafts/<id>/notes.md beside it:
  - passages become scenes, their links choices (at most 4 a scene);
  - a random go-to, (go-to: (either: "A", "B")) or <<goto either("A","B")>>,
    becomes a chance node with equal odds;
  - passages without a way on become endings (kind guessed from the name);
  - numeric changes of a money-like variable ($money, $budget, $cash, …) and a
    time-like one ($days, $time, $weeks, …) become choice costs and effects; a
    countdown's start becomes the deadline, the money's start the budget;
  - every other variable, condition and macro is listed in notes.md.
What the story cannot tell (summary, product, places, objectives, sources, the
texts of chance outcomes) is left empty: "npm run scenario -- check" points at
each field to fill. drafts/ is not shipped and not tested by npm test.

  --id ID     the scenario id (default: from the story title)
  --out FILE  where to write the scenario (default drafts/<id>/scenario.json)
  --lang L    the story's language (default en)
  --force     overwrite an existing file

Exit status: 0 written, 1 unreadable story or file exists, 2 bad usage.`,
  async run(args) {
    let values: { id?: string; out?: string; lang?: string; force?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { id: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, force: { type: 'boolean' } } }));
    } catch (e) {
      console.error(`${e instanceof Error ? e.message : String(e)}\n\n${this.usage}`);
      return 2;
    }
    const file = positionals[0];
    if (!file || positionals.length > 1) { console.error(this.usage); return 2; }
    if (values.id !== undefined && !ID_PATTERN.test(values.id)) { console.error(`"${values.id}" is not an id: use lower-case letters, digits and dashes, e.g. "coffee-twine".`); return 2; }
    if (values.lang !== undefined && !/^[a-z]{2,3}(-[A-Z]{2})?$/.test(values.lang)) { console.error(`"${values.lang}" is not a language code such as en or pt-BR.`); return 2; }
    if (!existsSync(file)) { console.error(`No such file: ${file}`); return 2; }
    let story: TwineStory;
    try {
      const text = readFileSync(file, 'utf8');
      if (!/^::/m.test(text)) throw new Error('no passage: a Twee 3 passage starts with a line ":: Name"');
      const parsed = parseTwee(text);
      story = { name: parsed.name, start: parsed.start, format: parsed.format, passages: parsed.passages.map((p) => ({ name: p.name, tags: p.tags ?? [], text: p.text ?? '' })) };
    } catch (e) {
      console.error(`${file}: not a Twee 3 story (${e instanceof Error ? e.message : String(e)}).`);
      return 1;
    }
    if (story.passages.length === 0) { console.error(`${file}: the story has no passages.`); return 1; }
    const probe = twineToScenario(story, { ...(values.id ? { id: values.id } : {}) });
    const id = String(probe.scenario.id);
    const out = values.out ?? join('drafts', id, 'scenario.json');
    if (existsSync(out) && !values.force) { console.error(`${out} exists: use --force to overwrite it, or --out to write elsewhere.`); return 1; }
    const schema = relative(dirname(out), SCHEMA_FILE).split('\\').join('/');
    const result = twineToScenario(story, { id, schema, ...(values.lang ? { lang: values.lang } : {}) });
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result.scenario, null, 2)}\n`);
    const notesFile = join(dirname(out), 'notes.md');
    writeFileSync(notesFile, result.notes);
    const { scenes, chance, branches, endings, notes } = result.counts;
    console.log([
      `wrote ${out}: ${count(scenes, 'scene')}, ${count(chance, 'chance node')}, ${count(branches, 'branch', 'branches')}, ${count(endings, 'ending')}`,
      `wrote ${notesFile}: ${count(notes, 'note')} on what was not converted`,
      result.toFill.length ? `Fill these fields: ${result.toFill.join(', ')}` : 'No field left to fill.',
      `Then: npm run scenario -- check ${dirname(out)}`,
    ].join('\n'));
    return 0;
  },
};
