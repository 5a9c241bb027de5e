import type { BudgetSpecialFund, DepartmentBudget } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import { ListEditor, type ListColumn } from './list-editor';

/** A 专项资金 as one editable row: the project names as one “、”-separated text, the department as text. */
interface SpecialFundRow {
  readonly name: string;
  readonly department: string;
  readonly functionCode: string;
  readonly amount: number;
  readonly projects: string;
  readonly purpose: string;
  readonly management: string;
}

function toRow(f: BudgetSpecialFund): SpecialFundRow {
  return { name: f.name, department: f.department ?? '', functionCode: f.functionCode, amount: f.amount, projects: f.projectNames.join('、'), purpose: f.purpose, management: f.management };
}

function fromRow(r: SpecialFundRow): BudgetSpecialFund {
  const projectNames = r.projects.split(/[、,，;；]/).map((n) => n.trim()).filter((n) => n !== '');
  return { name: r.name, department: r.department.trim() === '' ? null : r.department, functionCode: r.functionCode, amount: r.amount, projectNames, purpose: r.purpose, management: r.management };
}

export interface SpecialFundsEditorProps {
  readonly budget: DepartmentBudget;
  readonly readOnly: boolean;
  readonly onChange: (budget: DepartmentBudget) => void;
}

/** 专项资金 (表16): name, 功能科目, amount (元, fen inside), the projects whose lines make it up, purpose and management. */
export function SpecialFundsEditor({ budget, readOnly, onChange }: SpecialFundsEditorProps) {
  const { t } = useI18n();
  const columns: ListColumn<SpecialFundRow>[] = [
    { key: 'name', title: t('disclosure.details.specialFundName'), type: 'text', width: 160 },
    { key: 'department', title: t('disclosure.details.specialFundDepartment'), type: 'text', width: 140 },
    { key: 'functionCode', title: t('disclosure.col.function'), type: 'code', width: 90 },
    { key: 'amount', title: t('disclosure.col.amount'), type: 'yuan', width: 130 },
    { key: 'projects', title: t('disclosure.details.specialFundProjects'), type: 'text', width: 180 },
    { key: 'purpose', title: t('disclosure.details.specialFundPurpose'), type: 'text', width: 200 },
    { key: 'management', title: t('disclosure.details.specialFundManagement'), type: 'text', width: 200 },
  ];
  const newRow = (): SpecialFundRow => {
    const project = budget.lines.find((l) => l.kind === 'project');
    return { name: '', department: '', functionCode: project?.functionCode ?? '', amount: 0, projects: project?.projectName ?? '', purpose: '', management: '' };
  };
  return (
    <ListEditor
      name={t('disclosure.details.specialFunds')}
      rows={(budget.specialFunds ?? []).map(toRow)}
      columns={columns}
      readOnly={readOnly}
      onChange={(rows) => onChange({ ...budget, specialFunds: rows.map(fromRow) })}
      newRow={newRow}
      addLabel={t('disclosure.details.addSpecialFund')}
    />
  );
}
