/**
 * Nicknames: the only personal data a seat holds. The server generates one
 * (adjective + animal); a player may edit it within a small, filtered alphabet.
 */
import { NICKNAME_MAX } from './limits';

const ADJECTIVES = ['Brave', 'Calm', 'Clever', 'Swift', 'Bold', 'Bright', 'Keen', 'Lucky', 'Quiet', 'Steady', 'Sunny', 'Wise', 'Eager', 'Gentle', 'Jolly', 'Noble'];
const ANIMALS = ['Otter', 'Falcon', 'Heron', 'Lynx', 'Panda', 'Zebra', 'Gecko', 'Ibis', 'Koala', 'Llama', 'Marten', 'Okapi', 'Puffin', 'Tapir', 'Walrus', 'Yak'];

// A small list in the game's first languages; words of 5+ letters are refused anywhere in a name, shorter ones as whole words.
const BLOCKED = [
  'fuck', 'shit', 'cunt', 'bitch', 'whore', 'slut', 'dick', 'cock', 'pussy', 'nazi', 'hitler', 'rape', 'nigg', 'faggot', 'retard', 'wank', 'twat',
  'merde', 'putain', 'salope', 'connard', 'encule', 'puta', 'mierda', 'cabron', 'pendejo', 'cono', 'verga', 'polla',
];
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };
const ALLOWED = /^[\p{L}\p{N}][\p{L}\p{N} '._-]*$/u;

/** A generated nickname; `randomInt(n)` returns an integer in [0, n). */
export function generateNickname(randomInt: (n: number) => number): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${ANIMALS[randomInt(ANIMALS.length)]} ${10 + randomInt(90)}`;
}

export type NicknameCheck = { readonly ok: true; readonly nickname: string } | { readonly ok: false; readonly reason: 'empty' | 'too-long' | 'characters' | 'word' };

/** Normalises (trim, collapse spaces, NFC) and checks a nickname typed by a player. */
export function checkNickname(input: string): NicknameCheck {
  const nickname = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (nickname.length === 0) return { ok: false, reason: 'empty' };
  if ([...nickname].length > NICKNAME_MAX) return { ok: false, reason: 'too-long' };
  if (!ALLOWED.test(nickname)) return { ok: false, reason: 'characters' };
  if (containsBlockedWord(nickname)) return { ok: false, reason: 'word' };
  return { ok: true, nickname };
}

/** True when a text contains a blocked word, also spelled with accents, digits for letters or separators. */
export function containsBlockedWord(text: string): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[0134579@$]/g, (c) => LEET[c] ?? c);
  const joined = folded.replace(/[^a-z]/g, '');
  const words = folded.split(/[^a-z]+/).filter(Boolean);
  return BLOCKED.some((w) => (w.length >= 5 ? joined.includes(w) : words.includes(w) || joined === w));
}
