import { createFinding, locateIndicator, type ProjectRule } from '../review-rule';
import { hasBigram, toBigramBitmap, toBigrams, type BigramBitmap } from '../text/char-ngrams';

/** Bigrams of generic indicator vocabulary that say nothing about the topic (满意度, 及时率, 完成率, 工作…). */
/** Generic vocabulary and the common words of 医疗保障 work (extend per domain). */
const GENERIC = toBigrams('医保 医疗 保险 基金 结算 报销 覆盖 一站式 即时 救助 待遇 政策 服务 系统 网络 培训 计划 比较 地区 稽核 监督 账户 个人 满意度 服务对象 知晓率 及时率 及时性 完成率 合格率 覆盖率 准确率 到位率 执行率 数量 人数 次数 成本 费用 控制 工作 开展 情况 时间 提高 提升 保障 正常 运行 年限 作用 持续 长期 机制 健全 规范 水平 能力 效益 影响 指标 项目 预算 资金 经费 目标 群众 人员 单位 我局 参保');

/** Reused between projects (checks run synchronously), so reviewing a large batch allocates no bitmaps. */
const SCRATCH: BigramBitmap = new Uint32Array(2048);

export const indicatorUnrelated: ProjectRule = {
  id: 'indicator-unrelated',
  appliesTo: 'project',
  category: 'irrelevant-indicator',
  severity: 'info',
  dimension: '相关性',
  blocking: false,
  title: '指标与项目内容无关',
  why: '指标应与项目的主要内容和资金用途高度关联。按字符二元组比较，产出指标名称中的实词（至少6个二元组）在项目名称、总体目标和其他指标中几乎都找不到时，很可能是套用了别的项目的指标。满意度、及时率等通用词和医保、结算、报销等领域常用词不参与比较。',
  source: 'R-IND-02, R-REV-01',
  example: { text: '城乡居民基本医疗保险（目标：巩固参保率……对参保患者门诊、住院医疗合规费用进行医保核算）；质量指标：重点救助对象政策范围内住院报销率 ≥70%（医疗救助的指标）', sample: '000_090c4012b2f0612f.txt · 城乡居民基本医疗保险' },
  fix: '换成反映本项目主要内容和资金用途的指标，或在总体目标中说明该指标与项目的关系。',
  check({ facts, profile }) {
    const out = [];
    let context: BigramBitmap | undefined;
    for (let i = 0; i < facts.indicators.length; i++) {
      const t = facts.indicators[i];
      const grams = facts.indicatorGrams[i];
      if (!t || !grams || t.isSatisfactionName) continue;
      // outputs only: 效益 and 成本 wording is legitimately broader than the project's own words
      if (t.level2 !== 'quantity' && t.level2 !== 'quality' && t.level2 !== 'timeliness') continue;
      let size = 0;
      let hit = 0;
      for (const g of grams) {
        if (GENERIC.has(g)) continue;
        size++;
        // present in another indicator, or in the name/goals (a hashed bitmap of the goals' bigrams)
        if ((facts.indicatorGramCounts.get(g) ?? 0) > 1) hit++;
        else {
          context ??= toBigramBitmap(facts.contextText, SCRATCH);
          if (hasBigram(context, g)) hit++;
        }
      }
      if (size < 6) continue;
      const share = hit / size;
      if (share >= profile.thresholds.relevanceMinShare) continue;
      out.push(
        createFinding(this, {
          message: `指标“${t.name}”与项目名称、总体目标和其他指标几乎没有共同内容（相关度${Math.round(share * 100)}%）。`,
          suggestion: '请确认该指标属于本项目；否则换成反映本项目内容的指标。',
          location: locateIndicator(facts.index, t.index, 'name'),
          evidence: { indicator: t.name, share: Math.round(share * 1000) / 1000, threshold: profile.thresholds.relevanceMinShare, contentBigrams: size },
        }),
      );
    }
    return out;
  },
};
