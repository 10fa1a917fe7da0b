/**
 * Translation exchange files for translators' tools: XLIFF 2.0 and 1.2 (the "xliff" package) and
 * gettext PO (the "gettext-parser" package). Each text is a unit whose id is its stable key and
 * whose source is the scenario's current text; nobody copies fingerprints: importing a unit stores
 * the fingerprint of the source it was translated from.
 *
 * A translation whose source changed since it was made is exported for review: in PO with the
 * standard "fuzzy" flag and the old translation; in XLIFF without a target and with the old
 * translation in a note, so the tool shows the unit as still to translate.
 */
import { po, type GetTextComment, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import xliff, { type XliffDocument, type XliffUnit } from 'xliff';
import { collectStrings, fingerprint, UNTRANSLATED, type Scenario, type Translation } from '../../src/scenario';

/** The exchange formats. */
export const EXCHANGE_FORMATS = ['xliff', 'xliff12', 'po'] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];

/** The file extension of each format. */
export const EXTENSION: Record<ExchangeFormat, string> = { xliff: 'xlf', xliff12: 'xlf', po: 'po' };

/** One text as it travels to the translator and back. */
export interface ExchangeUnit {
  /** The stable key, e.g. "nodes.market.choices.velmora.label". */
  readonly key: string;
  /** The source text the translation is (to be) made from. */
  readonly source: string;
  /** The translation; empty when there is none yet. */
  readonly target: string;
  /** True when the translation still needs review (PO "fuzzy"). */
  readonly review: boolean;
  /** Notes for the translator. */
  readonly notes: readonly string[];
}

/** A parsed exchange file. */
export interface ExchangeFile {
  readonly format: ExchangeFormat;
  /** The scenario id the file names (XLIFF file id, PO "X-Trade-Game-Scenario" header). */
  readonly scenario: string;
  readonly lang: string;
  readonly units: readonly ExchangeUnit[];
}

const PART: Record<string, string> = {
  title: 'Title', summary: 'The scenario\'s summary on the picker', text: 'Text', label: 'A choice button: keep it short',
  reason: 'Why a choice is unavailable', result: 'What a choice did, shown after it', name: 'A name', role: 'A person\'s job',
  note: 'A note about a place',
};

/** What a key is, in words, for the translator. */
export function describeKey(key: string): string {
  const parts = key.split('.');
  if (parts[0] === 'objectives') return 'One of the objectives listed before play';
  if (key === 'product.name') return 'The product exported';
  if (key === 'origin.name' || key === 'destination.name') return `The country the goods ${key === 'origin.name' ? 'leave' : 'go to'} (a fictional name is usually kept as it is)`;
  const feedback = parts.indexOf('feedback');
  if (feedback >= 0) return `Feedback on a decision (readiness: ${parts[feedback + 1]}), shown in coach mode and in the report`;
  if (parts.includes('variants')) return 'A variant of a text, shown instead of it on some paths';
  if (parts[0] === 'variables') return 'The label of a value shown to the player';
  if (parts[0] === 'learnMore') return `What to learn next (${parts[1]})`;
  const last = parts.at(-1) ?? '';
  const where = parts[0] === 'nodes' && parts.includes('outcomes') ? ' of a chance event' : parts[0] === 'consequences' ? ' of a later consequence' : parts[0] === 'characters' ? ' of a character' : '';
  return `${PART[last] ?? 'Text'}${where}`;
}

const TOKEN = /\{(?:money|days|number|percent):-?\d{1,12}(?:\.\d{1,4})?\}|\{var:[a-zA-Z][a-zA-Z0-9_]{0,63}\}/g;

/** The units of a scenario for one language, from its current translation (or none). */
export function exchangeUnits(s: Scenario, existing: Translation | undefined): ExchangeUnit[] {
  const strings = existing?.strings ?? {};
  return collectStrings(s).map(({ key, text }) => {
    const entry = Object.hasOwn(strings, key) ? strings[key] : undefined;
    const done = entry !== undefined && entry.text.trim() !== '' && entry.source !== UNTRANSLATED;
    const current = done && entry.source === fingerprint(text);
    const notes = [describeKey(key)];
    const tokens = [...new Set(text.match(TOKEN) ?? [])];
    if (tokens.length) notes.push(`Keep these tokens exactly as they are (the game formats them): ${tokens.join(' ')}`);
    if (text.includes('**')) notes.push('**…** marks bold words: keep the pairs of asterisks around the words that should stay bold.');
    if (done && !current) notes.push(`The source text changed since this was translated. The previous translation was: ${entry.text}`);
    return { key, source: text, target: current ? entry.text : done ? entry.text : '', review: done && !current, notes };
  });
}

/** Writes an exchange file. In XLIFF a unit to review has no target (its old translation is in a note). */
export async function writeExchange(format: ExchangeFormat, s: Scenario, lang: string, units: readonly ExchangeUnit[]): Promise<string> {
  if (format === 'po') return writePo(s, lang, units);
  const resources: Record<string, XliffUnit> = {};
  for (const u of units) {
    resources[u.key] = {
      source: u.source,
      ...(u.target && !u.review ? { target: u.target } : {}),
      note: u.notes.length === 1 ? (u.notes[0] as string) : [...u.notes],
      additionalAttributes: format === 'xliff' ? { canResegment: 'no', 'xml:space': 'preserve' } : { 'xml:space': 'preserve' },
    };
  }
  const doc: XliffDocument = { sourceLanguage: s.lang, targetLanguage: lang, resources: { [s.id]: resources } };
  const xml = format === 'xliff' ? await xliff.js2xliff(doc, { indent: '  ' }) : await xliff.jsToXliff12(doc, { indent: '  ' });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

function writePo(s: Scenario, lang: string, units: readonly ExchangeUnit[]): string {
  const translations: Record<string, Record<string, GetTextTranslation>> = {
    '': { '': { msgid: '', msgstr: [''] } },
  };
  for (const u of units) {
    translations[u.key] = {
      [u.source]: {
        msgctxt: u.key, msgid: u.source, msgstr: [u.target],
        comments: { extracted: u.notes.join('\n'), reference: '', translator: '', previous: '', ...(u.review ? { flag: 'fuzzy' } : {}) } satisfies GetTextComment,
      },
    };
  }
  const data: GetTextTranslations = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': `${s.id} ${s.version}`,
      Language: lang,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Source-Language': s.lang,
      'X-Trade-Game-Scenario': s.id,
    },
    translations,
  };
  return `${po.compile(data, { foldLength: 0 }).toString('utf8')}\n`;
}

/** Which format a file is, by its extension and its first bytes; null when it is neither. */
export function detectFormat(name: string, text: string): ExchangeFormat | null {
  const head = text.slice(0, 2000);
  if (/<xliff\b/.test(head)) return /\bversion\s*=\s*["']1\.[0-9]["']/.test(head.slice(head.indexOf('<xliff'))) ? 'xliff12' : 'xliff';
  if (/\.pot?$/i.test(name) || /^\s*(#|msgid|msgctxt)/m.test(head)) return 'po';
  return null;
}

/** Reads an exchange file; throws an Error with a readable message when it cannot be used. */
export async function readExchange(name: string, text: string): Promise<ExchangeFile> {
  const format = detectFormat(name, text);
  if (format === null) throw new Error(`${name}: not an XLIFF or PO file.`);
  return format === 'po' ? readPo(text) : readXliff(format, name, text);
}

async function readXliff(format: ExchangeFormat, name: string, text: string): Promise<ExchangeFile> {
  // The XML reader is lenient: a file cut off in transfer would read as fewer units.
  if (!/<\/xliff>\s*$/.test(text)) throw new Error(`${name}: the XLIFF file ends before </xliff>: it was cut off or is not XLIFF. Export it again from the translation tool.`);
  let doc: XliffDocument | Error;
  try {
    doc = format === 'xliff' ? await xliff.xliff2js(text) : await xliff.xliff12ToJs(text);
  } catch (e) {
    throw new Error(`${name}: not valid XLIFF (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`);
  }
  if (doc instanceof Error) throw new Error(`${name}: not valid XLIFF (${doc.message.split('\n')[0]}).`);
  const files = Object.entries(doc.resources ?? {});
  if (files.length !== 1) throw new Error(`${name}: expected one <file> (one scenario), found ${files.length}.`);
  const [scenario, units] = files[0] as [string, Record<string, XliffUnit>];
  if (!doc.targetLanguage) throw new Error(`${name}: the XLIFF file names no target language (trgLang / target-language).`);
  return {
    format, scenario, lang: doc.targetLanguage,
    units: Object.entries(units).map(([key, u]) => ({ key, source: textOf(u.source), target: textOf(u.target), review: false, notes: [] })),
  };
}

/** A unit's text: the xliff package gives a string, or a list when the text holds inline markup. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : '')).join('');
  return '';
}

function readPo(text: string): ExchangeFile {
  let data: GetTextTranslations;
  try {
    data = po.parse(Buffer.from(text, 'utf8'), { defaultCharset: 'utf-8', validation: true });
  } catch (e) {
    throw new Error(`not a valid PO file (${e instanceof Error ? e.message : String(e)}).`);
  }
  const scenario = data.headers['X-Trade-Game-Scenario'] ?? data.headers['x-trade-game-scenario'] ?? '';
  const lang = data.headers.Language ?? data.headers.language ?? '';
  if (!lang) throw new Error('the PO file has no "Language" header.');
  const units: ExchangeUnit[] = [];
  for (const [ctx, entries] of Object.entries(data.translations)) {
    if (ctx === '') continue;
    for (const e of Object.values(entries)) {
      const flags = (e.comments?.flag ?? '').split(',').map((f) => f.trim());
      units.push({ key: ctx, source: e.msgid, target: e.msgstr[0] ?? '', review: flags.includes('fuzzy'), notes: [] });
    }
  }
  return { format: 'po', scenario, lang, units };
}
