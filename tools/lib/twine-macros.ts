/**
 * Reading the parts of Twine passage text (Harlowe 3 and SugarCube 2) that map onto a scenario:
 * links, go-tos (plain or random with "either"), numeric variable changes, and which of them sit
 * inside a condition. Pure string work: nothing in a story is ever run.
 */

/** A link or go-to out of a passage. */
export interface Exit {
  readonly label: string;
  readonly target: string;
  /** Variable changes a SugarCube link runs when clicked ([[label|target][$money -= 500]]). */
  readonly setter: readonly Assignment[];
  /** Inside an (if:) hook or <<if>> block: shown only on some paths. */
  readonly conditional: boolean;
  /** The innermost condition around it, as written (null outside conditions or in an else). */
  readonly condition: string | null;
  /** 'link' is clicked by the player; 'goto' happens by itself. */
  readonly kind: 'link' | 'goto';
}

/** A variable change: `to` a number, or `by` a number (it + 5, $x - 5, -= 5), or something else. */
export interface Assignment {
  readonly variable: string;
  readonly change: { readonly kind: 'to' | 'by'; readonly value: number } | { readonly kind: 'other'; readonly expression: string };
  readonly conditional: boolean;
  /** The macro as written, for the author notes. */
  readonly source: string;
}

/** What a passage does, read from its text. */
export interface PassageCode {
  readonly exits: Exit[];
  /** A random go-to: (go-to: (either: "A", "B")) or <<goto either("A", "B")>>. */
  readonly random: string[] | null;
  readonly assignments: Assignment[];
  /** Other macros (prints, displays, …) as written, for the author notes. */
  readonly otherMacros: string[];
  /** The conditions of the passage, as written. */
  readonly conditions: string[];
}

/** A stretch of text inside a condition, with the condition as written (null for an else). */
export interface ConditionRange {
  readonly start: number;
  readonly end: number;
  readonly expression: string | null;
}

/** The text inside conditions: Harlowe (if:)/(else-if:)/(else:)/(unless:) hooks and SugarCube <<if>>/<<elseif>>/<<else>> blocks. */
export function conditionalRanges(text: string): ConditionRange[] {
  const ranges: ConditionRange[] = [];
  for (const m of text.matchAll(/\((if|else-if|elseif|else|unless):/gi)) {
    const close = matchingClose(text, m.index, '(', ')');
    if (close < 0) continue;
    const open = text.slice(close + 1).search(/\S/);
    const hook = open < 0 ? -1 : close + 1 + open;
    if (hook >= 0 && text[hook] === '[') {
      const end = matchingClose(text, hook, '[', ']');
      const kind = (m[1] as string).toLowerCase();
      const body = text.slice(m.index + m[0].length, close).trim();
      ranges.push({ start: m.index, end: end < 0 ? text.length : end, expression: kind === 'else' ? null : kind === 'unless' ? `not (${body})` : body });
    }
  }
  const stack: { start: number; expression: string | null }[] = [];
  for (const m of text.matchAll(/<<(\/?)(if|elseif|else)\b([^>]*)>>/g)) {
    const closing = m[1] === '/';
    if (!closing && m[2] === 'if') { stack.push({ start: m.index, expression: (m[3] as string).trim() }); continue; }
    const top = stack.pop();
    if (top) ranges.push({ start: top.start, end: m.index, expression: top.expression });
    if (!closing) stack.push({ start: m.index, expression: m[2] === 'elseif' ? (m[3] as string).trim() : null });
  }
  for (const open of stack) ranges.push({ start: open.start, end: text.length, expression: open.expression });
  return ranges;
}

/** The index of the bracket closing the one at `from`, or -1. Quoted strings are skipped. */
export function matchingClose(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) { if (c === quote && text[i - 1] !== '\\') quote = null; continue; }
    if (c === '"' || (c === "'" && open === '(')) { quote = c; continue; }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return i;
  }
  return -1;
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;

/** Reads one assignment such as "$money to it - 500", "$days -= 3" or "$money = 95000". */
export function parseAssignment(raw: string, conditional: boolean, source: string): Assignment | null {
  const m = /^\s*[$_]([A-Za-z][A-Za-z0-9_]*)\s*(to|=|\+=|-=|\*=|\/=)\s*([\s\S]*?)\s*$/.exec(raw);
  if (!m) return null;
  const variable = m[1] as string;
  const op = m[2] as string;
  const expr = (m[3] as string).replace(/;$/, '').trim();
  const num = (s: string) => (new RegExp(`^${NUMBER}$`).test(s) ? Number(s) : null);
  let change: Assignment['change'] = { kind: 'other', expression: expr };
  if (op === '+=' || op === '-=') {
    const n = num(expr);
    if (n !== null) change = { kind: 'by', value: op === '-=' ? -n : n };
  } else if (op === 'to' || op === '=') {
    const n = num(expr);
    const rel = new RegExp(String.raw`^(?:it|\$${variable})\s*([+-])\s*(${NUMBER})$`).exec(expr);
    if (n !== null) change = { kind: 'to', value: n };
    else if (rel) change = { kind: 'by', value: (rel[1] === '-' ? -1 : 1) * Number(rel[2]) };
  }
  return { variable, change, conditional, source };
}

/** Splits "a to 1, b to 2" or "a = 1; b = 2" at top-level commas and semicolons. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0, quote: string | null = null, last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quote) { if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if ((c === ',' || c === ';') && depth === 0) { out.push(s.slice(last, i)); last = i + 1; }
  }
  out.push(s.slice(last));
  return out.map((x) => x.trim()).filter(Boolean);
}

function linkParts(inner: string): { label: string; target: string } {
  const arrow = inner.lastIndexOf('->');
  if (arrow >= 0) return { label: inner.slice(0, arrow).trim(), target: inner.slice(arrow + 2).trim() };
  const back = inner.indexOf('<-');
  if (back >= 0) return { label: inner.slice(back + 2).trim(), target: inner.slice(0, back).trim() };
  const bar = inner.lastIndexOf('|');
  if (bar >= 0) return { label: inner.slice(0, bar).trim(), target: inner.slice(bar + 1).trim() };
  return { label: inner.trim(), target: inner.trim() };
}

/** Reads the links, go-tos and variable changes of a passage. */
export function readPassage(text: string): PassageCode {
  const ranges = conditionalRanges(text);
  const inCondition = (i: number) => ranges.some((r) => i > r.start && i < r.end);
  const conditionAt = (i: number) => ranges.filter((r) => i > r.start && i < r.end).sort((a, b) => b.start - a.start)[0]?.expression ?? null;
  const exits: Exit[] = [];
  const assignments: Assignment[] = [];
  const otherMacros: string[] = [];
  let random: string[] | null = null;
  // Harlowe's links with effects: (link: "Pay")[(set: $money to it - 500)(go-to: "Next")].
  const linkHooks: { start: number; end: number; label: string; body: string }[] = [];
  for (const m of text.matchAll(/\((?:link|link-reveal|link-repeat|click):\s*"([^"]*)"\s*\)\s*\[/gi)) {
    const open = m.index + m[0].length - 1;
    const end = matchingClose(text, open, '[', ']');
    linkHooks.push({ start: m.index, end: end < 0 ? text.length : end, label: m[1] as string, body: text.slice(open + 1, end < 0 ? text.length : end) });
  }
  const inLinkHook = (i: number) => linkHooks.some((h) => i > h.start && i < h.end);
  const convertedLinks = new Set<string>();
  const assign = (body: string, at: number, source: string) => {
    for (const part of splitTopLevel(body)) {
      const a = parseAssignment(part, inCondition(at), source);
      if (a) assignments.push(a);
      else otherMacros.push(source);
    }
  };
  for (const m of text.matchAll(/\[\[([\s\S]*?)\]\]/g)) {
    // SugarCube: [[Text|Passage][$setter]] — the setter follows "][" inside the brackets.
    const inner = m[1] as string;
    const cut = inner.indexOf('][');
    const { label, target } = linkParts(cut >= 0 ? inner.slice(0, cut) : inner);
    const setter: Assignment[] = [];
    for (const part of cut >= 0 ? splitTopLevel(inner.slice(cut + 2)) : []) {
      const a = parseAssignment(part, false, m[0]);
      if (a) setter.push(a);
    }
    exits.push({ label, target, setter, conditional: inCondition(m.index), condition: conditionAt(m.index), kind: 'link' });
  }
  for (const m of text.matchAll(/\((?:link-goto|link-reveal-goto|click-goto):\s*"([^"]*)"(?:\s*,\s*"([^"]*)")?\s*\)/gi)) {
    exits.push({ label: m[1] as string, target: (m[2] ?? m[1]) as string, setter: [], conditional: inCondition(m.index), condition: conditionAt(m.index), kind: 'link' });
  }
  for (const m of text.matchAll(/<<(?:link|button)\s+"([^"]*)"\s+"([^"]*)"\s*>>/g)) {
    exits.push({ label: m[1] as string, target: m[2] as string, setter: [], conditional: inCondition(m.index), condition: conditionAt(m.index), kind: 'link' });
  }
  for (const m of text.matchAll(/\((?:go-to|goto):\s*\((?:either):\s*([^)]*)\)\s*\)|<<goto\s+either\(([^)]*)\)\s*>>/gi)) {
    const names = [...(m[1] ?? m[2] ?? '').matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => (x[1] ?? x[2]) as string);
    if (inCondition(m.index)) otherMacros.push(m[0]);
    else if (names.length >= 2) random = names;
  }
  for (const h of linkHooks) {
    const go = /\((?:go-to|goto):\s*"([^"]*)"\s*\)/i.exec(h.body);
    if (!go) continue;
    const setter: Assignment[] = [];
    for (const m of h.body.matchAll(/\((?:set):/gi)) {
      const close = matchingClose(h.body, m.index, '(', ')');
      if (close < 0) continue;
      const source = h.body.slice(m.index, close + 1);
      for (const part of splitTopLevel(source.slice(source.indexOf(':') + 1, -1))) {
        const a = parseAssignment(part, false, source);
        if (a) setter.push(a);
      }
    }
    convertedLinks.add(h.label);
    exits.push({ label: h.label, target: go[1] as string, setter, conditional: inCondition(h.start), condition: conditionAt(h.start), kind: 'link' });
  }
  for (const m of text.matchAll(/\((?:go-to|goto):\s*"([^"]*)"\s*\)|<<goto\s+(?:"([^"]*)"|\[\[([^\]]*)\]\])\s*>>/gi)) {
    if (inLinkHook(m.index)) continue;
    const target = (m[1] ?? m[2] ?? m[3]) as string;
    exits.push({ label: 'Continue', target, setter: [], conditional: inCondition(m.index), condition: conditionAt(m.index), kind: 'goto' });
  }
  for (const m of text.matchAll(/\((?:set|put):/gi)) {
    if (inLinkHook(m.index)) continue;
    const close = matchingClose(text, m.index, '(', ')');
    if (close < 0) continue;
    const source = text.slice(m.index, close + 1);
    const body = source.slice(source.indexOf(':') + 1, -1);
    if (/^\(put:/i.test(source)) otherMacros.push(source);
    else assign(body, m.index, source);
  }
  for (const m of text.matchAll(/<<set\s+([\s\S]*?)>>/g)) assign(m[1] as string, m.index, m[0]);
  for (const m of text.matchAll(/\((if|else-if|unless|print|either|random|display|live|cond|nth|a|dm|datamap|array|history|visited|save-game|load-game|alert|prompt|confirm|link|link-reveal|link-repeat|click|replace|append|prepend|show|hide):/gi)) {
    const close = matchingClose(text, m.index, '(', ')');
    if (close >= 0) otherMacros.push(text.slice(m.index, close + 1));
  }
  for (const m of text.matchAll(/<<(if|elseif|print|include|run|script|widget|timed|silently)\b[^>]*>>/g)) otherMacros.push(m[0]);
  const linkLabel = (x: string) => /^\((?:link|link-reveal|link-repeat|click):\s*"([^"]*)"/i.exec(x)?.[1];
  const converted = (x: string) => /^\((?:go-to|goto|link-goto):/i.test(x) || (random !== null && /^\(either:/i.test(x)) || /^\((?:if|else-if|unless):/i.test(x) || convertedLinks.has(linkLabel(x) ?? '\u0000');
  return { exits, random, assignments, otherMacros: [...new Set(otherMacros.filter((x) => !converted(x)))], conditions: ranges.map((r) => r.expression).filter((e): e is string => e !== null) };
}

/** Passage text as scenario text: links and macros removed, HTML tables as lines, bold as **…**, amounts as tokens. */
export function plainPassageText(text: string, currencySymbol: string | null, dropLinesPrinting: readonly string[] = []): string {
  let t = text;
  t = t.replace(/\[\[[\s\S]*?\]\]/g, '');
  t = removeHarloweMacros(t);
  t = t.replace(/<<[\s\S]*?>>/g, '');
  if (dropLinesPrinting.length) {
    const prints = new RegExp(`[$_](?:${dropLinesPrinting.join('|')})\\b`);
    t = t.split('\n').filter((l) => !prints.test(l)).join('\n');
  }
  t = t.replace(/<\/t[dh]>\s*/gi, ' | ').replace(/<\/tr>/gi, '\n').replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n').replace(/<[^>]+>/g, '');
  t = t.replace(/^\s*\|\s*/gm, '').replace(/\s*\|\s*$/gm, '');
  t = t.replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  t = t.replace(/''([^'\n]+)''/g, '**$1**').replace(/\/\/([^/\n]+)\/\//g, '$1');
  if (currencySymbol) {
    const sym = currencySymbol.replace(/[$]/g, '\\$');
    t = t.replace(new RegExp(`${sym}\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?![\\d.,]*\\d)`, 'g'), (_m, n: string) => `{money:${n.replace(/,/g, '')}}`);
  }
  t = t.replace(/\b(\d{1,4}) days?\b/g, '{days:$1}');
  t = t.replace(/[$_][A-Za-z][A-Za-z0-9_]*/g, '');
  t = t.replace(/[[\]]/g, '');
  return t.split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** Removes every Harlowe macro call "(name: …)", keeping the text of hooks. */
function removeHarloweMacros(text: string): string {
  let out = '';
  let i = 0;
  for (const m of text.matchAll(/\([a-z][a-z0-9-]*:/gi)) {
    if (m.index < i) continue;
    const close = matchingClose(text, m.index, '(', ')');
    if (close < 0) continue;
    out += text.slice(i, m.index);
    i = close + 1;
  }
  return out + text.slice(i);
}
