import { useCallback } from 'react';
import type { Project } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/zh-CN';

const HEADER_KEYS: Readonly<Record<string, MessageKey>> = {
  name: 'edit.name',
  code: 'edit.code',
  department: 'edit.department',
  departmentCode: 'edit.departmentCode',
  implementingUnit: 'edit.implementingUnit',
  kind: 'edit.kind',
  period: 'edit.period',
  fiscalYear: 'edit.fiscalYear',
  projectLead: 'edit.projectLead',
  preparer: 'edit.preparer',
  preparerPhone: 'edit.preparerPhone',
  preparedOn: 'edit.preparedOn',
  purpose: 'edit.purpose',
  'funds.total': 'edit.funds.total',
  'funds.fiscal': 'edit.funds.fiscal',
  'funds.other': 'edit.funds.other',
};
const INDICATOR_KEYS: Readonly<Record<string, MessageKey>> = {
  level2: 'edit.col.level2',
  name: 'edit.col.name',
  targetText: 'edit.col.value',
  description: 'edit.col.description',
  basis: 'edit.col.basis',
  weight: 'edit.col.weight',
  scoringRule: 'edit.col.scoring',
};

/** A readable label for a flattened field path (`indicators[2].targetText` → `指标值（印制宣传册）`). */
export function useFieldLabel(project: Project | null) {
  const { t } = useI18n();
  return useCallback(
    (path: string): string => {
      const header = HEADER_KEYS[path];
      if (header) return t(header);
      const goal = /^goals\[(\d+)\]/.exec(path);
      if (goal) return `${t('edit.goals')} · ${t('edit.goal', { n: Number(goal[1]) + 1 })}`;
      const plan = /^spendingPlan\.(\d+)/.exec(path);
      if (plan) return `${t('edit.spendingPlan')} · ${t('edit.spendingMonth', { month: plan[1] ?? '' })}`;
      const ind = /^indicators\[(\d+)\](?:\.(\w+))?/.exec(path);
      if (ind) {
        const i = Number(ind[1]);
        const name = project?.indicators[i]?.name;
        const field = ind[2] ? t(INDICATOR_KEYS[ind[2]] ?? 'edit.col.name') : t('edit.indicators');
        return `${field}（${name || `#${i + 1}`}）`;
      }
      if (path === 'indicators') return t('edit.indicators');
      return path;
    },
    [t, project],
  );
}
