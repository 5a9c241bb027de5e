import pg from 'pg';

const INT8_OID = 20;

/**
 * Type parsers for one pg Pool (not the global `pg.types`, so other pg users are unaffected):
 * int8 (bigint money columns, count(*)) is parsed to a JS number, and a value beyond
 * Number.MAX_SAFE_INTEGER throws instead of silently losing precision. Sums are cast to bigint in
 * SQL so that they arrive as int8, not numeric.
 */
export function createPgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8_OID && format !== 'binary') return parseInt8;
      return pg.types.getTypeParser(oid, format ?? 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

export function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${text} is not a safe JS integer`);
  return n;
}
