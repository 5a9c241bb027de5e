import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context';
import { toGrade } from '../review/run-review';

const COLORS = { excellent: 'green', good: 'cyan', fair: 'orange', poor: 'red' } as const;

/** A tag for a review grade (优/良/中/差 or its code); a dash when none. */
export function GradeTag({ grade, score }: { grade: unknown; score?: number | null }) {
  const { t } = useI18n();
  const code = toGrade(grade);
  if (!code) return <span className="jx-hint">{t('grade.none')}</span>;
  return (
    <Tag color={COLORS[code]} data-grade={code}>
      {t(`grade.${code}`)}
      {score != null ? ` ${Math.round(score)}` : ''}
    </Tag>
  );
}
