import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32, as ULID
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;

export type IdGenerator = () => string;

/**
 * Returns a ULID-style id generator: 26 characters, 10 of millisecond time then 16 random, so ids
 * sort by creation time as text on every dialect. Within one millisecond the random part is
 * incremented (spilling into the next millisecond if it overflows), keeping ids from one generator
 * strictly increasing.
 */
export function createIdGenerator(
  now: () => number = Date.now,
  random: (bytes: number) => Uint8Array = randomBytes,
): IdGenerator {
  let lastTime = -1;
  let lastRandom: number[] = [];
  return () => {
    let time = Math.max(now(), lastTime);
    const incremented = time === lastTime ? incrementBase32(lastRandom) : null;
    if (incremented) lastRandom = incremented;
    else {
      // A new millisecond, or the random part ran out within this one: borrow the next millisecond.
      if (time === lastTime) time += 1;
      lastRandom = Array.from(random(RANDOM_CHARS), (b) => b & 31);
    }
    lastTime = time;
    return encodeTime(time) + lastRandom.map((d) => ALPHABET[d]).join('');
  };
}

/** The process-wide generator used by the repositories. */
export const createId: IdGenerator = createIdGenerator();

function encodeTime(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

/** The next 80-bit value, or null when every digit is already at its maximum. */
function incrementBase32(digits: readonly number[]): number[] | null {
  const next = [...digits];
  for (let i = next.length - 1; i >= 0; i--) {
    const d = next[i] ?? 0;
    if (d < 31) {
      next[i] = d + 1;
      return next;
    }
    next[i] = 0;
  }
  return null;
}
