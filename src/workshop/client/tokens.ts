/** Where the browser keeps workshop tokens: a seat's per join code (localStorage), the trainer's session (localStorage). */

const SEAT_PREFIX = 'trade-game:workshop:seat:';
const TRAINER_KEY = 'trade-game:workshop:trainer';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const ID = /^[a-z0-9]{8,32}$/;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The seat token kept for a join code, if any. */
export function readSeatToken(code: string): string | null {
  const t = storage()?.getItem(SEAT_PREFIX + code) ?? null;
  return t && TOKEN.test(t) ? t : null;
}

/** Keeps (or with null forgets) the seat token of a join code. */
export function writeSeatToken(code: string, token: string | null): void {
  try {
    if (token) storage()?.setItem(SEAT_PREFIX + code, token);
    else storage()?.removeItem(SEAT_PREFIX + code);
  } catch {
    // storage refused: a reload will join as a new seat
  }
}

/** The trainer's session kept by this browser. */
export interface TrainerKey {
  readonly session: string;
  readonly token: string;
}

/** The kept trainer session, if any. */
export function readTrainerKey(): TrainerKey | null {
  try {
    const data = JSON.parse(storage()?.getItem(TRAINER_KEY) ?? 'null') as Partial<TrainerKey> | null;
    return data && typeof data.session === 'string' && ID.test(data.session) && typeof data.token === 'string' && TOKEN.test(data.token) ? { session: data.session, token: data.token } : null;
  } catch {
    return null;
  }
}

/** Keeps (or with null forgets) the trainer's session. */
export function writeTrainerKey(key: TrainerKey | null): void {
  try {
    if (key) storage()?.setItem(TRAINER_KEY, JSON.stringify(key));
    else storage()?.removeItem(TRAINER_KEY);
  } catch {
    // storage refused: a reload loses control of the session
  }
}

const TRAINER_CREDENTIAL = 'trade-game:workshop:trainer-credential';

/** The server's trainer key as this browser remembers it (entered once on the trainer page), if any. */
export function readTrainerCredential(): string | null {
  try {
    const key = storage()?.getItem(TRAINER_CREDENTIAL) ?? null;
    return key && key.length <= 200 ? key : null;
  } catch {
    return null;
  }
}

/** Remembers (or with null forgets) the server's trainer key. */
export function writeTrainerCredential(key: string | null): void {
  try {
    if (key) storage()?.setItem(TRAINER_CREDENTIAL, key);
    else storage()?.removeItem(TRAINER_CREDENTIAL);
  } catch {
    // storage refused: the trainer enters the key again next time
  }
}
