/** Goal fields for a cost that must stay at most `limit` times its floor (time ratio). */
export function goalRatio(cost: number, limit: number): { goal: string; met: boolean; missedBy: string | null } {
  const met = cost <= limit;
  return { goal: `≤ ${limit}× the floor's time`, met, missedBy: met ? null : `${(cost / limit).toFixed(2)}× over (${cost.toFixed(2)}× the floor instead of ${limit}×)` };
}

/** Goal fields for a figure that must stay at most `limit` (ms, s, MB …). */
export function goalAtMost(value: number, limit: number, unit: string): { goal: string; met: boolean; missedBy: string | null } {
  const met = value <= limit;
  return { goal: `≤ ${limit} ${unit}`, met, missedBy: met ? null : `${(value - limit).toFixed(1)} ${unit} over (${(value / limit).toFixed(2)}× the goal)` };
}
