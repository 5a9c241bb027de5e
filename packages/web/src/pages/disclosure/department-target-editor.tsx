import { Button, Card, Input, Typography } from 'antd';
import type { DepartmentBudget, DepartmentTargetRef, DepartmentTaskRef } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';
import { ListEditor, type ListColumn } from './list-editor';
import { indicatorsToText, textToIndicators } from './project-targets-editor';

export interface DepartmentTargetEditorProps {
  readonly budget: DepartmentBudget;
  readonly readOnly: boolean;
  readonly onChange: (budget: DepartmentBudget) => void;
  readonly resetKey: number;
}

/** 部门整体支出绩效目标 (表15): the year's tasks with their amounts, the overall goal and the indicators. */
export function DepartmentTargetEditor({ budget, readOnly, onChange, resetKey }: DepartmentTargetEditorProps) {
  const { t } = useI18n();
  const target = budget.departmentTarget;
  const set = (patch: Partial<DepartmentTargetRef>) =>
    onChange({ ...budget, departmentTarget: { ...(target ?? { targetId: null, department: budget.department.name, tasks: [], goal: '', indicators: [] }), ...patch } });
  const taskColumns: ListColumn<DepartmentTaskRef>[] = [
    { key: 'name', title: t('disclosure.target.taskName'), type: 'text', width: 180 },
    { key: 'content', title: t('disclosure.target.taskContent'), type: 'text' },
    { key: 'total', title: t('disclosure.target.total'), type: 'yuan', width: 130 },
    { key: 'fiscal', title: t('disclosure.target.fiscal'), type: 'yuan', width: 130 },
    { key: 'other', title: t('disclosure.target.other'), type: 'yuan', width: 120, nullable: true },
  ];
  return (
    <Card
      size="small"
      title={t('disclosure.target.title')}
      style={{ marginTop: 10 }}
      extra={
        !readOnly && target !== null ? (
          <Button size="small" danger type="link" onClick={() => onChange({ ...budget, departmentTarget: null })}>
            {t('disclosure.target.remove')}
          </Button>
        ) : null
      }
    >
      {target === null ? (
        <div>
          <Typography.Text type="secondary">{t('disclosure.target.none')}</Typography.Text>{' '}
          {!readOnly && (
            <Button size="small" onClick={() => set({})}>
              {t('disclosure.target.add')}
            </Button>
          )}
        </div>
      ) : (
        <div>
          <ListEditor
            name={t('disclosure.target.tasks')}
            rows={target.tasks}
            columns={taskColumns}
            readOnly={readOnly}
            onChange={(tasks) => set({ tasks })}
            newRow={(): DepartmentTaskRef => ({ name: '', content: '', total: 0, fiscal: 0, other: null })}
            addLabel={t('disclosure.target.addTask')}
          />
          <label className="jx-field-label" htmlFor="disclosure-dept-goal" style={{ marginTop: 8 }}>{t('disclosure.projects.goal')}</label>
          <Input.TextArea id="disclosure-dept-goal" key={`dg-${resetKey}`} autoSize={{ minRows: 2, maxRows: 6 }} readOnly={readOnly} defaultValue={target.goal} onBlur={(e) => set({ goal: e.target.value.trim() })} />
          <label className="jx-field-label" htmlFor="disclosure-dept-indicators" style={{ marginTop: 8 }}>{`${t('disclosure.projects.indicators')}（${t('disclosure.projects.hint')}）`}</label>
          <Input.TextArea
            id="disclosure-dept-indicators"
            key={`di-${resetKey}`}
            autoSize={{ minRows: 3, maxRows: 10 }}
            readOnly={readOnly}
            defaultValue={indicatorsToText(target.indicators)}
            onBlur={(e) => set({ indicators: textToIndicators(e.target.value) })}
          />
        </div>
      )}
    </Card>
  );
}
