import type { Fen } from '../../model/money';

export interface Bucket<K> {
  readonly key: K;
  readonly amount: Fen;
}

export interface Allocation<R, C> {
  readonly row: R;
  readonly column: C;
  readonly amount: Fen;
}

/**
 * Splits amounts given only by their row sums and column sums (a table printed by function and,
 * separately, by economic class) into cells that reproduce both: equal amounts are paired first,
 * then the rest is filled in order (north-west corner). The split is one of many that fit the
 * printed sums; `leftover` is what could not be placed because the two sides do not add up.
 */
export function allocateAmounts<R, C>(rows: readonly Bucket<R>[], columns: readonly Bucket<C>[]): { cells: Allocation<R, C>[]; leftover: Fen } {
  const rowLeft = rows.map((r) => r.amount);
  const colLeft = columns.map((c) => c.amount);
  const cells: Allocation<R, C>[] = [];
  rows.forEach((r, i) => {
    if (rowLeft[i]! <= 0) return;
    const j = colLeft.findIndex((left, k) => left === rowLeft[i] && columns[k]!.amount === left && rows.filter((x) => x.amount === left).length === 1);
    if (j < 0) return;
    cells.push({ row: r.key, column: columns[j]!.key, amount: rowLeft[i]! });
    colLeft[j] = 0;
    rowLeft[i] = 0;
  });
  let i = 0;
  let j = 0;
  while (i < rows.length && j < columns.length) {
    if (rowLeft[i]! <= 0) {
      i++;
      continue;
    }
    if (colLeft[j]! <= 0) {
      j++;
      continue;
    }
    const amount = Math.min(rowLeft[i]!, colLeft[j]!);
    cells.push({ row: rows[i]!.key, column: columns[j]!.key, amount });
    rowLeft[i] = rowLeft[i]! - amount;
    colLeft[j] = colLeft[j]! - amount;
  }
  const leftover = Math.max(rowLeft.reduce((s, x) => s + Math.max(0, x), 0), colLeft.reduce((s, x) => s + Math.max(0, x), 0));
  return { cells, leftover };
}

/**
 * Assigns whole items (projects) to buckets (function 项) so that each bucket's items add up to it,
 * honouring hints (an item known to belong to a bucket) first. Returns null when no exact
 * assignment exists within the search limit.
 */
export function assignWholeItems<I, B>(items: readonly Bucket<I>[], buckets: readonly Bucket<B>[], hint: (item: I) => B | null, limit = 200_000): Map<I, B> | null {
  const left = buckets.map((b) => b.amount);
  const result = new Map<I, B>();
  const rest: Bucket<I>[] = [];
  for (const item of items) {
    const h = hint(item.key);
    const k = h === null ? -1 : buckets.findIndex((b) => b.key === h);
    if (k >= 0 && left[k]! >= item.amount) {
      left[k] = left[k]! - item.amount;
      result.set(item.key, buckets[k]!.key);
    } else rest.push(item);
  }
  rest.sort((a, b) => b.amount - a.amount);
  let steps = 0;
  const place = (n: number): boolean => {
    if (++steps > limit) return false;
    if (n === rest.length) return left.every((x) => x === 0);
    const item = rest[n]!;
    for (let k = 0; k < buckets.length; k++) {
      if (left[k]! < item.amount) continue;
      left[k] = left[k]! - item.amount;
      result.set(item.key, buckets[k]!.key);
      if (place(n + 1)) return true;
      left[k] = left[k]! + item.amount;
      result.delete(item.key);
    }
    return false;
  };
  return place(0) ? result : null;
}
