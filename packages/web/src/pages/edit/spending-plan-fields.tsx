import { InputNumber, Space } from 'antd';
import type { SpendingCheckpoint } from '@jixiao/core';
import { useI18n } from '../../i18n/i18n-context';

const MONTHS = [3, 6, 10, 12] as const;

/** 资金支出计划: cumulative % at the end of months 3, 6, 10 and 12. */
export function SpendingPlanFields({ plan, onChange, readOnly }: { plan: readonly SpendingCheckpoint[]; onChange: (plan: SpendingCheckpoint[]) => void; readOnly: boolean }) {
  const { t } = useI18n();
  const percentAt = (m: number) => plan.find((c) => c.month === m)?.percent ?? null;
  const setAt = (m: number, v: number | null) => {
    const rest = plan.filter((c) => c.month !== m);
    const next = v == null ? rest : [...rest, { month: m, percent: v }];
    onChange(next.sort((a, b) => a.month - b.month));
  };
  return (
    <Space wrap>
      {MONTHS.map((m) => (
        <span key={m}>
          <label htmlFor={`f-spending-${m}`} style={{ marginRight: 4 }}>
            {t('edit.spendingMonth', { month: m })}
          </label>
          <InputNumber id={`f-spending-${m}`} className="num" min={0} max={100} suffix="%" style={{ width: 96 }} readOnly={readOnly} variant={readOnly ? 'borderless' : 'outlined'} value={percentAt(m)} onChange={(v) => setAt(m, v ?? null)} />
        </span>
      ))}
    </Space>
  );
}
