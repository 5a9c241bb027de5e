import { LEVEL2_CODES, type Level2 } from '../model/taxonomy';
import { REVIEW_DIMENSIONS, type FindingSeverity, type ReviewDimension } from './finding';
import { DEFAULT_RULE_PROFILE, DEFAULT_THRESHOLDS, type ReviewThresholds, type RuleProfile } from './rule-profile';

export interface ProfileParseResult {
  /** The profile, or null when there were errors. */
  readonly profile: RuleProfile | null;
  /** Validation errors in Chinese, each naming the field. */
  readonly errors: readonly string[];
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Parses and validates a rule profile from JSON text or an already parsed value. Missing fields take the central
 * default (DEFAULT_RULE_PROFILE); unknown fields, wrong types, unknown level-2 codes or rule ids are errors.
 */
export function parseRuleProfile(json: string | unknown, knownRuleIds?: readonly string[]): ProfileParseResult {
  const errors: string[] = [];
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      return { profile: null, errors: [`规则配置不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`] };
    }
  }
  if (!isObject(data)) return { profile: null, errors: ['规则配置必须是一个 JSON 对象'] };
  const known = new Set(['$schema', 'id', 'region', 'year', 'taxonomy', 'mandatory', 'thresholds', 'enabledRules', 'disabledRules', 'dimensionWeights', 'gradeBands', 'deductions', 'description']);
  for (const key of Object.keys(data)) if (!known.has(key)) errors.push(`未知字段“${key}”`);

  const id = data.id;
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) errors.push('id 必须是小写字母、数字和连字符组成的字符串，如 "xizang-2024"');
  const region = data.region;
  if (typeof region !== 'string' || region.trim() === '') errors.push('region（地区）必须是非空字符串，如 "西藏自治区"');
  const year = data.year ?? null;
  if (year !== null && !(Number.isInteger(year) && (year as number) >= 2000 && (year as number) <= 2100)) errors.push('year（预算年度）必须是 2000–2100 之间的整数或 null');
  const taxonomy = data.taxonomy ?? DEFAULT_RULE_PROFILE.taxonomy;
  if (taxonomy !== 'classic' && taxonomy !== 's101') errors.push('taxonomy 只能是 "classic"（成本在产出下）或 "s101"（成本为一级指标）');

  let mandatory: readonly Level2[] = DEFAULT_RULE_PROFILE.mandatory;
  if (data.mandatory !== undefined) {
    if (!Array.isArray(data.mandatory)) errors.push('mandatory（必填二级指标）必须是数组');
    else {
      const codes = new Set<string>(LEVEL2_CODES);
      for (const c of data.mandatory) if (typeof c !== 'string' || !codes.has(c)) errors.push(`mandatory 中的“${String(c)}”不是二级指标代码（可用：${LEVEL2_CODES.join('、')}）`);
      mandatory = data.mandatory as Level2[];
    }
  }

  let thresholds: ReviewThresholds = DEFAULT_THRESHOLDS;
  if (data.thresholds !== undefined) {
    if (!isObject(data.thresholds)) errors.push('thresholds（阈值）必须是对象');
    else {
      const merged: Record<string, unknown> = { ...DEFAULT_THRESHOLDS };
      for (const [k, v] of Object.entries(data.thresholds)) {
        if (!(k in DEFAULT_THRESHOLDS)) errors.push(`thresholds 中的未知阈值“${k}”`);
        else if (k === 'weightTotals') {
          if (!Array.isArray(v) || v.length === 0 || !v.every((n) => isFiniteNumber(n) && n > 0)) errors.push('thresholds.weightTotals 必须是正数数组，如 [100, 90]');
          else merged[k] = v;
        } else if (!isFiniteNumber(v) || v < 0) errors.push(`thresholds.${k} 必须是非负数`);
        else merged[k] = v;
      }
      const share = merged.relevanceMinShare as number;
      if (share > 1) errors.push('thresholds.relevanceMinShare 必须在 0–1 之间');
      thresholds = merged as unknown as ReviewThresholds;
    }
  }

  const ruleList = (field: 'enabledRules' | 'disabledRules'): string[] | null => {
    const v = data[field];
    if (v === undefined || v === null) return null;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      errors.push(`${field} 必须是规则编号字符串数组`);
      return null;
    }
    if (knownRuleIds) for (const r of v as string[]) if (!knownRuleIds.includes(r)) errors.push(`${field} 中的“${r}”不是已注册的规则编号`);
    return v as string[];
  };
  const enabledRules = ruleList('enabledRules');
  const disabledRules = ruleList('disabledRules') ?? [];

  let dimensionWeights = DEFAULT_RULE_PROFILE.dimensionWeights;
  if (data.dimensionWeights !== undefined) {
    const w = data.dimensionWeights;
    if (!isObject(w)) errors.push('dimensionWeights（维度权重）必须是对象');
    else {
      for (const k of Object.keys(w)) if (!(REVIEW_DIMENSIONS as readonly string[]).includes(k)) errors.push(`dimensionWeights 中的“${k}”不是审核维度（完整性、相关性、适当性、可行性）`);
      for (const d of REVIEW_DIMENSIONS) if (!isFiniteNumber(w[d]) || (w[d] as number) < 0) errors.push(`dimensionWeights.${d} 必须是非负数`);
      const sum = REVIEW_DIMENSIONS.reduce((s, d) => s + (isFiniteNumber(w[d]) ? (w[d] as number) : 0), 0);
      if (sum !== 100) errors.push(`dimensionWeights 四个维度之和必须为 100，现为 ${sum}`);
      dimensionWeights = w as Record<ReviewDimension, number>;
    }
  }

  let gradeBands = DEFAULT_RULE_PROFILE.gradeBands;
  if (data.gradeBands !== undefined) {
    const g = data.gradeBands;
    if (!isObject(g) || !isFiniteNumber(g.excellent) || !isFiniteNumber(g.good) || !isFiniteNumber(g.fair)) errors.push('gradeBands 必须含数值 excellent、good、fair');
    else if (!(g.excellent > g.good && g.good > g.fair && g.fair > 0 && g.excellent <= 100)) errors.push('gradeBands 必须满足 100 ≥ excellent > good > fair > 0');
    else gradeBands = { excellent: g.excellent, good: g.good, fair: g.fair };
  }

  let deductions = DEFAULT_RULE_PROFILE.deductions;
  if (data.deductions !== undefined) {
    const d = data.deductions;
    if (!isObject(d) || !(['error', 'warning', 'info'] as const).every((k) => isFiniteNumber(d[k]) && (d[k] as number) >= 0)) errors.push('deductions 必须含非负数 error、warning、info');
    else deductions = d as Record<FindingSeverity, number>;
  }

  if (errors.length > 0) return { profile: null, errors };
  return {
    profile: {
      id: id as string,
      region: region as string,
      year: year as number | null,
      taxonomy: taxonomy as 'classic' | 's101',
      mandatory,
      thresholds,
      enabledRules,
      disabledRules,
      dimensionWeights,
      gradeBands,
      deductions,
    },
    errors: [],
  };
}
