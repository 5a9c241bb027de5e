import type { LabelledTarget, QuantitativeTarget } from '../model/target-value';
import { readMeasure } from './read-measure';

/** Labels that name the total of the parts that follow (`合计46人；在职:14人；…`). */
const TOTAL_LABELS = /^(?:合计|总计|共计|累计|小计|总数|总额|总共|共|总)$/;
/** Words that only introduce the list of parts (`分项:265.9万元`). */
const HEADER_LABELS = /^(?:分项|其中|分别为|分别是|包括|含)$/;

/**
 * Several values in one cell, separated by `;`/`；` or line breaks:
 * - `合计46人；在职：14人；临聘人员32人` → `= 46 人` with parts `在职 14 人`, `临聘人员 32 人`
 *   (a first piece labelled 合计/总计/共计… is the total and is not repeated among the parts);
 * - `99%；100%；100%` (values for several names) → the first value, and every piece as a part
 *   with label null.
 * List words (`分项:`, `其中:`) are not labels. Null unless every piece is one measure.
 */
export function readComposite(text: string): QuantitativeTarget | null {
  const pieces = text.split(/[;\n]/).map((p) => p.trim()).filter((p) => p !== '');
  if (pieces.length < 2 || pieces.length > 50) return null;
  const parts: LabelledTarget[] = [];
  for (const piece of pieces) {
    const m = readMeasure(piece);
    if (!m) return null;
    const label = m.label === null || HEADER_LABELS.test(m.label) ? null : m.label;
    parts.push({ label, op: m.op, value: m.value, unit: m.unit });
  }
  const first = parts[0]!;
  const total = first.label !== null && TOTAL_LABELS.test(first.label);
  return { op: first.op, value: first.value, unit: first.unit, parts: total ? parts.slice(1) : parts };
}
