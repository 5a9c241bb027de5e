import type { Indicator, ScoringRule } from '../model/indicator';
import { formatWan } from '../model/money';
import type { Fen } from '../model/money';
import type { Project, ProjectKind } from '../model/project';
import type { IndicatorField, ProjectField } from './layout-view';

export const PROJECT_KIND_LABELS: Readonly<Record<ProjectKind, string>> = {
  new: '新增项目',
  continuing: '延续项目',
  recurring: '经常性项目',
};

export const SCORING_RULE_LABELS: Readonly<Record<ScoringRule, string>> = {
  proportional: '按照正常比例赋分',
  binary: '直接赋分',
  graded: '按评判等级赋分',
  satisfaction: '满意度赋分',
};

/** 万元 with two decimals, or empty. */
export function formatWanCell(fen: Fen | null | undefined): string {
  return fen == null ? '' : formatWan(fen);
}

/** The text a form shows for a project field; read-back compares against exactly this text. */
export function formatProjectField(project: Project, field: ProjectField): string {
  switch (field) {
    case 'name':
      return project.name;
    case 'code':
      return project.code ?? '';
    case 'unit':
      return project.unit ?? '';
    case 'unitWithCode':
      return `${project.unitCode ?? ''}${project.unit ?? ''}`;
    case 'departmentWithCode':
      return `${project.department ?? ''}${project.departmentCode ?? ''}`;
    case 'implementingUnit':
      return project.implementingUnit ?? '';
    case 'kind':
      return project.raw['kind'] ?? (project.kind ? PROJECT_KIND_LABELS[project.kind] : '');
    case 'period':
      return project.period ?? '';
    case 'projectLead':
      return project.projectLead ?? '';
    case 'preparedOn':
      return project.preparedOn ?? '';
    case 'preparerWithPhone':
      return [project.preparer, project.preparerPhone].filter((s) => s).join(' ');
    case 'funds.total':
      return formatWanCell(project.funds.total);
    case 'funds.fiscal':
      return formatWanCell(project.funds.fiscal);
    case 'funds.other':
      return formatWanCell(project.funds.other);
    case 'purpose':
      return project.purpose ?? '';
    case 'goals':
      return project.goals.join('\n');
    default: {
      const month = Number(field.slice('spendingPlan.'.length));
      const cp = project.spendingPlan.find((c) => c.month === month);
      return cp ? `${cp.percent}%` : '';
    }
  }
}

export function formatIndicatorField(indicator: Indicator, field: IndicatorField): string {
  switch (field) {
    case 'level1':
      return indicator.level1Text ?? '';
    case 'level2':
      return indicator.level2Text ?? '';
    case 'name':
      return indicator.name;
    case 'description':
      return indicator.description ?? '';
    case 'targetText':
      return indicator.targetText ?? '';
    case 'basis':
      return indicator.basis ?? '';
    case 'priorActual':
      return indicator.priorActual ?? '';
    case 'weight':
      return indicator.weight == null ? '' : String(indicator.weight);
    case 'scoringRuleText':
      return indicator.scoringRuleText ?? (indicator.scoringRule ? SCORING_RULE_LABELS[indicator.scoringRule] : '');
    case 'evidence':
      return indicator.evidence ?? '';
  }
}
