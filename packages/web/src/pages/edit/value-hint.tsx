import { useI18n } from '../../i18n/i18n-context';
import { describeTargetValue } from '../../format/describe-target-value';

/** Under a 指标值 input: how the text was understood (`≥ 80000 册`) or a red hint when unreadable. */
export function ValueHint({ id, text }: { id: string; text: string | null }) {
  const { t } = useI18n();
  const reading = describeTargetValue(text);
  if (reading.kind === 'empty')
    return (
      <div id={id} className="jx-hint jx-hint-bad">
        {t('edit.valueEmpty')}
      </div>
    );
  if (reading.kind === 'unreadable')
    return (
      <div id={id} className="jx-hint jx-hint-bad" role="status">
        {t('edit.valueUnreadable', { reason: reading.reason ? `：${reading.reason}` : '' })}
      </div>
    );
  return (
    <div id={id} className="jx-hint jx-hint-ok" data-understood={reading.text}>
      {t('edit.valueUnderstood', { text: reading.text })}
      {reading.note ? `（${reading.note}）` : ''}
    </div>
  );
}
