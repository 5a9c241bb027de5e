import { Button, Input } from 'antd';
import { useI18n } from '../../i18n/i18n-context';

/** 年度总体目标 as an ordered list (目标1, 目标2 …): edit, add, remove. */
export function GoalsEditor({ goals, onChange, readOnly }: { goals: readonly string[]; onChange: (goals: string[]) => void; readOnly: boolean }) {
  const { t } = useI18n();
  const list = goals.length ? goals : [''];
  return (
    <ol style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
      {list.map((g, i) => (
        <li key={i} style={{ display: 'flex', gap: 4, alignItems: 'flex-start', marginBottom: 4 }}>
          <label htmlFor={`f-goals-${i}`} style={{ flex: 'none', width: 48, paddingTop: 4, color: '#595959' }}>
            {t('edit.goal', { n: i + 1 })}
          </label>
          <Input.TextArea
            id={`f-goals-${i}`}
            autoSize={{ minRows: 1, maxRows: 8 }}
            value={g}
            readOnly={readOnly}
            variant={readOnly ? 'borderless' : 'outlined'}
            onChange={(e) => onChange(list.map((x, j) => (j === i ? e.target.value : x)))}
          />
          {!readOnly && (
            <Button size="small" type="text" danger aria-label={t('edit.removeGoal', { n: i + 1 })} onClick={() => onChange(list.filter((_, j) => j !== i))}>
              ×
            </Button>
          )}
        </li>
      ))}
      {!readOnly && (
        <li>
          <Button size="small" type="dashed" onClick={() => onChange([...list, ''])}>
            {t('edit.addGoal')}
          </Button>
        </li>
      )}
    </ol>
  );
}
