import { createFinding, type BatchRule } from '../review-rule';
import type { ProjectFacts } from '../project-facts';

/** Names that many unrelated projects legitimately share. */
const GENERIC_PARTS = ['满意', '知晓率', '及时率', '及时性', '合格率', '完成率', '执行率', '到位率', '预算控制数', '不超预算', '预计成本', '可持续影响', '社会效益', '经济效益', '生态效益'];

function isSpecific(name: string): boolean {
  return name.length >= 4 && !GENERIC_PARTS.some((p) => name.includes(p));
}

export const copiedIndicators: BatchRule = {
  id: 'copied-indicators',
  appliesTo: 'batch',
  category: 'duplicated-content',
  severity: 'warning',
  dimension: '相关性',
  blocking: false,
  title: '指标套用了其他项目的指标',
  why: '指标应反映本项目的内容。两个名称不同的项目共用多数专门指标（不计满意度、及时率等通用指标），说明指标是从另一项目复制的。用名称哈希建倒排索引比较，不做两两全比较。同名项目（按资金来源分列）不报告。',
  source: 'R-IND-02, R-REV-02',
  example: { text: '医疗保险征收发放工作经费：医疗网络故障排查整改合格率、医疗网络网络覆盖率、医疗网络故障响应及时率、县本级医疗网络运维成本……（医疗保险网络运行维护费的指标）', sample: '003_f299d4d68a831b89.txt · 医疗保险征收发放工作经费' },
  fix: '删除不属于本项目的指标，按本项目的内容重新设置。',
  check({ facts, profile }) {
    const th = profile.thresholds;
    // Projects of one batch share most indicator names: each distinct name is judged once.
    const judged = new Map<string, boolean>();
    const specific: Set<string>[] = facts.map((f) => {
      const names = new Set<string>();
      for (const name of f.indicatorNames) {
        let yes = judged.get(name);
        if (yes === undefined) judged.set(name, (yes = isSpecific(name)));
        if (yes) names.add(name);
      }
      return names;
    });
    const postings = new Map<string, number[]>();
    specific.forEach((names, i) => {
      for (const n of names) {
        const p = postings.get(n);
        if (p) p.push(i);
        else postings.set(n, [i]);
      }
    });
    // pair counts from the inverted index (only names shared by a few projects)
    const pairs = new Map<number, number>();
    const n = facts.length;
    for (const list of postings.values()) {
      if (list.length < 2 || list.length > th.copiedIndicatorMaxPostings) continue;
      for (let a = 0; a < list.length; a++)
        for (let b = a + 1; b < list.length; b++) {
          const key = (list[a] as number) * n + (list[b] as number);
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
    }
    const best = new Map<number, { other: number; shared: number; share: number }>();
    for (const [key, shared] of pairs) {
      if (shared < th.copiedIndicatorMinShared) continue;
      const a = Math.floor(key / n);
      const b = key % n;
      const fa = facts[a] as ProjectFacts;
      const fb = facts[b] as ProjectFacts;
      if (fa.name === fb.name) continue;
      const share = shared / Math.max(1, Math.min((specific[a] as Set<string>).size, (specific[b] as Set<string>).size));
      if (share < th.copiedIndicatorMinShare) continue;
      for (const [self, other] of [[a, b], [b, a]] as const) {
        const cur = best.get(self);
        if (!cur || shared > cur.shared) best.set(self, { other, shared, share });
      }
    }
    const out = [];
    for (const [self, m] of [...best].sort((x, y) => x[0] - y[0])) {
      const f = facts[self] as ProjectFacts;
      const o = facts[m.other] as ProjectFacts;
      const names = [...(specific[self] as Set<string>)].filter((x) => (specific[m.other] as Set<string>).has(x));
      out.push(
        createFinding(this, {
          message: `${m.shared}个专门指标与“${o.project.name}”相同（${names.slice(0, 3).join('、')}${names.length > 3 ? '等' : ''}）。`,
          suggestion: '请删除不属于本项目的指标，按本项目内容重新设置。',
          location: { project: f.index, indicator: null, field: 'indicators' },
          evidence: { sameAs: o.project.name, sameAsIndex: o.index, shared: m.shared, share: Math.round(m.share * 1000) / 1000, names },
        }),
      );
    }
    return out;
  },
};
