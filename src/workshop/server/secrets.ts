/** Random ids, join codes and tokens (crypto random); tokens are stored only as SHA-256 hashes. */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../protocol';

/** A short join code from an alphabet without look-alikes (31^7 ≈ 2.8e10 codes). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A bearer token: 32 random bytes as base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** An id for a session or seat (not a secret: 16 lower-case base-32 characters). */
export function newId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let id = '';
  for (const b of randomBytes(16)) id += alphabet[b & 31];
  return id;
}

/** The stored form of a token. Tokens carry 256 random bits, so a fast hash is enough (no dictionary to attack). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A random seed for a room. */
export function newSeed(): number {
  return randomBytes(4).readUInt32BE(0);
}

/** A random integer in [0, n). */
export function randomBelow(n: number): number {
  return randomInt(n);
}

/** Compares a secret typed by someone with the real one in constant time (both hashed to the same length first). */
export function sameSecret(given: string, secret: string): boolean {
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(secret).digest());
}

/** A trainer key to print at start: 12 characters from the join-code alphabet (easy to type, about 59 bits). */
export function newTrainerKey(): string {
  let key = '';
  for (let i = 0; i < 12; i++) key += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return `${key.slice(0, 4)}-${key.slice(4, 8)}-${key.slice(8)}`;
}
