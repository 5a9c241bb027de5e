/**
 * Splits an indicator written as one piece of text into its name and value:
 * `离休干部人数 6人`, `印制宣传册≥8万册`, `全民参保率达95%以上`, `医药价格监管100%`,
 * `医疗网络运维管理机制健全性 健全`. Returns value null when no value can be told apart.
 */
export function splitNameValue(text: string): { name: string; value: string | null } {
  const s = text.normalize('NFKC').trim();
  if (!s) return { name: '', value: null };
  // 1. An explicit comparison operator or a connective before a number.
  const op = /(≥|≤|>=|<=|=>|=<|[><=＞＜＝]|不低于|不少于|不高于|不超过|不大于|不小于|大于等于|小于等于|大于|小于|高于|低于|达到|达|控制在)\s*[\d０-９一二三四五六七八九十百千万〇零两.]/.exec(s);
  if (op && op.index > 0) {
    return { name: trimName(s.slice(0, op.index)), value: s.slice(op.index).trim() };
  }
  // 2a. A trailing date or period (`窗口开放时间2024年1-12月`, `完成时间2024年底前`).
  const period = /(20\d{2}\s*年[\d\s月\-—–~至到日底内前度]*)$/.exec(s);
  if (period && period.index > 0) {
    const name = trimName(s.slice(0, period.index));
    if (name) return { name, value: period[1]!.trim() };
  }
  // 2b. `名称：值` with a short value after the colon.
  const colon = /^(.{2,}?)[:：]\s*([^:：]{1,20})$/.exec(s);
  if (colon) return { name: trimName(colon[1]!), value: colon[2]!.trim() };
  // 2. A trailing number with unit (and 以上/以内), e.g. `医药价格监管100%`, `印刷档案资料2000个`.
  const tail = /(?:^|[^\d.,])((?:\d[\d,]*(?:\.\d+)?)\s*(?:%|[^\d\s,，;；。]{0,6}?)(?:以上|以内|以下|及以上)?)$/.exec(s);
  if (tail) {
    const value = tail[1]!;
    const name = trimName(s.slice(0, s.length - value.length));
    if (name) return { name, value: value.trim() };
  }
  // 3. Separated by white space: the last word is the value when it is short.
  const ws = /^(.*\S)\s+(\S{1,12})$/.exec(s);
  if (ws && ws[1]!.length >= 2) return { name: trimName(ws[1]!), value: ws[2]! };
  return { name: trimName(s), value: null };
}

function trimName(s: string): string {
  return s.replace(/[:：,，;；\s]+$/, '').replace(/^[:：,，;；\s]+/, '').trim();
}
