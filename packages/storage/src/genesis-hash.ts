/** The `prev_hash` of the first audit entry. */
export const GENESIS_HASH = '0'.repeat(64);
