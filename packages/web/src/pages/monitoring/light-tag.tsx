import { Tag, Tooltip } from 'antd';
import type { TrafficLight } from '../../api/monitoring-api';
import { useI18n } from '../../i18n/i18n-context';

const COLORS: Readonly<Record<TrafficLight, string>> = { green: 'success', yellow: 'warning', red: 'error', blue: 'processing' };

/** A traffic light as a coloured tag with its name (never colour only); `—` or 未到期 without a light. */
export function LightTag({ light, pending = false, title, testId }: { light: TrafficLight | null; pending?: boolean; title?: string; testId?: string }) {
  const { t } = useI18n();
  if (!light) {
    return (
      <span className="jx-light-none" data-light="none" data-testid={testId}>
        {pending ? t('light.pending') : t('light.none')}
      </span>
    );
  }
  const tag = (
    <Tag color={COLORS[light]} data-light={light} data-testid={testId} aria-label={`${t(`light.${light}`)}（${t(`light.${light}.hint`)}）`} style={{ marginInlineEnd: 0 }}>
      ● {t(`light.${light}`)}
    </Tag>
  );
  return title ? <Tooltip title={title}>{tag}</Tooltip> : tag;
}
