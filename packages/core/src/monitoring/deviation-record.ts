import type { TrafficLight } from './monitoring-profile';

/** R-MON-02 causes of a deviation. */
export const DEVIATION_CAUSES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];

/** What a unit records for a deviating item: its cause, the corrective measure and whether the target should be adjusted. */
export interface DeviationRecord {
  readonly cause: DeviationCause;
  readonly measure: string;
  readonly adjustTarget: boolean;
}

/** A monitored item (an indicator, or 'execution') with its light and, when given, its deviation record. */
export interface MonitoredItem {
  /** Stable key, e.g. 'indicators[3]' or 'execution'. */
  readonly key: string;
  readonly name: string;
  readonly light: TrafficLight;
  readonly deviation?: DeviationRecord | null;
}

export interface DeviationProblem {
  readonly key: string;
  readonly message: string;
}

/** R-MON-02/R-MON-06: every red item needs a deviation record with a known cause and a corrective measure. */
export function validateDeviationRecords(items: readonly MonitoredItem[]): DeviationProblem[] {
  const problems: DeviationProblem[] = [];
  for (const item of items) {
    const record = item.deviation;
    if (item.light !== 'red' && !record) continue;
    if (!record) {
      problems.push({ key: item.key, message: `“${item.name}”为红灯，须填写偏差原因、纠偏措施及是否调整目标` });
      continue;
    }
    if (!(DEVIATION_CAUSES as readonly string[]).includes(record.cause)) {
      problems.push({ key: item.key, message: `“${item.name}”的偏差原因“${String(record.cause)}”不在${DEVIATION_CAUSES.join('、')}之中` });
    }
    if (!record.measure?.trim()) problems.push({ key: item.key, message: `“${item.name}”须填写纠偏措施` });
    if (typeof record.adjustTarget !== 'boolean') problems.push({ key: item.key, message: `“${item.name}”须说明是否调整目标` });
  }
  return problems;
}
