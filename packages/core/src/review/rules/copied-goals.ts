import { createFinding, type BatchRule } from '../review-rule';
import type { ProjectFacts } from '../project-facts';

/** Punctuation, digits and white space (JavaScript's `\s`) left out of the goals fingerprint. */
const NOISE = new Uint8Array(0x10000);
for (const c of '0123456789.,;:、!?()“”"\'<>《》-—。；：！？（），\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') NOISE[c.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200a; c++) NOISE[c] = 1;
const MU = 0x76ee; // 目
const BIAO = 0x6807; // 标

/** Scratch for the fingerprint's characters (grown as needed; review is synchronous). */
let buffer = new Uint16Array(1024);
/** Characters per `String.fromCharCode` call (its arguments go on the stack). */
const CHUNK = 8192;

/**
 * Goals text without numbering ("目标1:", "目标内容2"), spaces, digits and punctuation, for
 * exact-copy hashing: what `/[\s\d.,;:、!?()“”"'<>《》\-—。；：！？（），]+|目标内容|目标/g` removes,
 * in one pass over the characters (a province's batch fingerprints 200,000 goal texts).
 */
export function fingerprintGoals(goalsText: string): string {
  const n = goalsText.length;
  if (buffer.length < n) buffer = new Uint16Array(n * 2);
  let len = 0;
  let i = 0;
  while (i < n) {
    const c = goalsText.charCodeAt(i);
    if (NOISE[c] === 1) i++;
    else if (c === MU && goalsText.charCodeAt(i + 1) === BIAO) i += goalsText.startsWith('内容', i + 2) ? 4 : 2;
    else {
      buffer[len++] = c;
      i++;
    }
  }
  if (len === n) return goalsText;
  let out = '';
  for (let at = 0; at < len; at += CHUNK) out += String.fromCharCode.apply(null, buffer.subarray(at, Math.min(len, at + CHUNK)) as unknown as number[]);
  return out;
}

export const copiedGoals: BatchRule = {
  id: 'copied-goals',
  appliesTo: 'batch',
  category: 'duplicated-content',
  severity: 'warning',
  dimension: '相关性',
  blocking: false,
  title: '不同项目的总体目标相同',
  why: '每个项目的总体目标应写明本项目的产出和效果。名称不同的项目使用一字不差的总体目标，说明目标是照抄的，不能反映各自的资金用途。同名项目（同一项目按资金来源分列，如城乡居民基本医疗保险 18278万元和1870万元）不报告。',
  source: 'R-TGT-03, R-REV-01',
  example: { text: '预算执行绩效考核奖：目标1: 明确机动经费使用范围, 目标2: 简化机动经费使用流程……（与“机动经费”完全相同）', sample: '000_090c4012b2f0612f.txt · 预算执行绩效考核奖' },
  fix: '按本项目的资金用途重新撰写总体目标。',
  check({ facts, profile }) {
    const groups = new Map<string, ProjectFacts[]>();
    for (const f of facts) {
      const key = fingerprintGoals(f.goalsText);
      if (key.length < profile.thresholds.copiedGoalsMinLength) continue;
      const g = groups.get(key);
      if (g) g.push(f);
      else groups.set(key, [f]);
    }
    const out = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const sameName = new Map<string, number>();
      for (const f of group) sameName.set(f.name, (sameName.get(f.name) ?? 0) + 1);
      if (sameName.size < 2) continue; // one project split by funding source
      for (const f of group) {
        const otherCount = group.length - (sameName.get(f.name) ?? 0);
        // name at most ten others (a large group must not make the rule quadratic)
        const others: ProjectFacts[] = [];
        for (const o of group) {
          if (o.name !== f.name) others.push(o);
          if (others.length === 10) break;
        }
        out.push(
          createFinding(this, {
            message: `总体目标与${others.slice(0, 3).map((o) => `“${o.project.name}”`).join('、')}${otherCount > 3 ? `等${otherCount}个项目` : ''}完全相同。`,
            suggestion: '请按本项目的资金用途和产出重新撰写总体目标。',
            location: { project: f.index, indicator: null, field: 'goals' },
            evidence: { goals: f.goalsText.slice(0, 80), sameAs: others.map((o) => o.project.name), sameAsIndex: others.map((o) => o.index), sameCount: otherCount },
          }),
        );
      }
    }
    return out;
  },
};
