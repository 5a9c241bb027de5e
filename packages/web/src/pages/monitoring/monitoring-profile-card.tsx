import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { checkMonitoringProfile } from '@jixiao/core';
import { ApiError, messageOf } from '../../api/api-error';
import { getUnitMonitoringProfile, saveUnitMonitoringProfile, type MonitoringProfile } from '../../api/monitoring-profile-api';
import { useI18n } from '../../i18n/i18n-context';

type Basis = MonitoringProfile['timeBasis'];
const BASES: readonly Basis[] = ['daily', 'monthly', 'quarterly'];
/** Band ratios are shown as percentages of the pro-rata target s (0.6 → 60). */
const toPercent = (ratio: number) => Math.round(ratio * 10_000) / 100;

interface Draft {
  yellow: number | null;
  red: number | null;
  basis: Basis;
  bandRed: number | null;
  bandYellow: number | null;
  bandBlue: number | null;
}

function toDraft(p: MonitoringProfile): Draft {
  return { yellow: p.executionYellowPoints, red: p.executionRedPoints, basis: p.timeBasis, bandRed: toPercent(p.indicatorBands.red), bandYellow: toPercent(p.indicatorBands.yellow), bandBlue: toPercent(p.indicatorBands.blue) };
}

function fromDraft(d: Draft): MonitoringProfile | null {
  if (d.yellow == null || d.red == null || d.bandRed == null || d.bandYellow == null || d.bandBlue == null) return null;
  return { executionYellowPoints: d.yellow, executionRedPoints: d.red, timeBasis: d.basis, indicatorBands: { red: d.bandRed / 100, yellow: d.bandYellow / 100, blue: d.bandBlue / 100 } };
}

/**
 * 预警阈值 of a unit on the monitoring dashboard: the thresholds its lights use and the unit they come from (its own,
 * the nearest superior's, or the rules' defaults R-MON-04/05); administrators and finance reviewers in scope edit them.
 */
export function MonitoringProfileCard({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const q = useQuery({ queryKey: ['monitoring-profile', unitId], queryFn: () => getUnitMonitoringProfile(unitId) });
  const data = q.data;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(data ? toDraft(data.effective.profile) : null), [data]);
  const profile = draft ? fromDraft(draft) : null;
  const problems = useMemo(() => (draft && !profile ? [t('monProfile.incomplete')] : profile ? checkMonitoringProfile(profile) : []), [draft, profile, t]);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['monitoring-profile'] });
    await queryClient.invalidateQueries({ queryKey: ['monitoring-overview'] });
    await queryClient.invalidateQueries({ queryKey: ['monitoring'] });
  };
  const save = async (next: MonitoringProfile | null) => {
    if (!data) return;
    setBusy(true);
    try {
      await saveUnitMonitoringProfile(unitId, data.version, next);
      message.success(next ? t('monProfile.saved') : t('monProfile.removed'));
      await refresh();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version-conflict') {
        message.warning(t('monProfile.conflict'));
        await refresh();
      } else {
        message.error(messageOf(e));
      }
    } finally {
      setBusy(false);
    }
  };

  const source = data?.effective.source ? t('monProfile.sourceUnit', { name: data.effective.source.unitName }) : t('monProfile.sourceDefault');
  const set = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  return (
    <Card size="small" title={t('monProfile.title')} style={{ marginBottom: 12 }} data-testid="monitoring-profile">
      {q.error && <Alert type="error" title={messageOf(q.error)} />}
      {q.isPending && <Spin />}
      {data && draft && (
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }} data-testid="monitoring-profile-source">
            {t('monProfile.appliesTo', { unit: data.unitName })}
            {source}
          </Typography.Paragraph>
          {!data.editable ? (
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('monProfile.execution')}>{t('monProfile.executionValue', { yellow: data.effective.profile.executionYellowPoints, red: data.effective.profile.executionRedPoints })}</Descriptions.Item>
              <Descriptions.Item label={t('monProfile.basis')}>{t(`monProfile.basis.${data.effective.profile.timeBasis}`)}</Descriptions.Item>
              <Descriptions.Item label={t('monProfile.bands')} span={2}>
                {t('monProfile.bandsValue', { red: toPercent(data.effective.profile.indicatorBands.red), yellow: toPercent(data.effective.profile.indicatorBands.yellow), blue: toPercent(data.effective.profile.indicatorBands.blue) })}
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <>
              <Space wrap align="center" style={{ marginBottom: 8 }}>
                <label htmlFor="mp-yellow">{t('monProfile.yellowPoints')}</label>
                <InputNumber id="mp-yellow" min={0} max={100} step={0.5} value={draft.yellow} onChange={(v) => set({ yellow: typeof v === 'number' ? v : null })} />
                <label htmlFor="mp-red">{t('monProfile.redPoints')}</label>
                <InputNumber id="mp-red" min={0} max={100} step={0.5} value={draft.red} onChange={(v) => set({ red: typeof v === 'number' ? v : null })} />
                <label htmlFor="mp-basis">{t('monProfile.basis')}</label>
                <Select id="mp-basis" style={{ minWidth: 150 }} value={draft.basis} onChange={(v: Basis) => set({ basis: v })} options={BASES.map((b) => ({ value: b, label: t(`monProfile.basis.${b}`) }))} />
              </Space>
              <Space wrap align="center" style={{ marginBottom: 8 }}>
                <span>{t('monProfile.bands')}</span>
                <label htmlFor="mp-band-red">{t('monProfile.bandRed')}</label>
                <InputNumber id="mp-band-red" min={0} max={100} suffix="%" value={draft.bandRed} onChange={(v) => set({ bandRed: typeof v === 'number' ? v : null })} />
                <label htmlFor="mp-band-yellow">{t('monProfile.bandYellow')}</label>
                <InputNumber id="mp-band-yellow" min={0} max={100} suffix="%" value={draft.bandYellow} onChange={(v) => set({ bandYellow: typeof v === 'number' ? v : null })} />
                <label htmlFor="mp-band-blue">{t('monProfile.bandBlue')}</label>
                <InputNumber id="mp-band-blue" min={100} max={1000} suffix="%" value={draft.bandBlue} onChange={(v) => set({ bandBlue: typeof v === 'number' ? v : null })} />
              </Space>
              {problems.length > 0 && <Alert type="warning" style={{ marginBottom: 8 }} title={problems.join('；')} data-testid="monitoring-profile-problems" />}
              <Space wrap>
                <Button type="primary" loading={busy} disabled={!profile || problems.length > 0} onClick={() => void save(profile)} data-testid="monitoring-profile-save">
                  {t('monProfile.save', { unit: data.unitName })}
                </Button>
                {data.own && (
                  <Button loading={busy} onClick={() => void save(null)} data-testid="monitoring-profile-remove">
                    {t('monProfile.remove')}
                  </Button>
                )}
                <Button onClick={() => setDraft(toDraft(data.defaults))}>{t('monProfile.fillDefaults')}</Button>
              </Space>
            </>
          )}
        </>
      )}
    </Card>
  );
}
