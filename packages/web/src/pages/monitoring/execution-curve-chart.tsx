import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { CurvePoint } from '../../api/monitoring-api';
import { useI18n } from '../../i18n/i18n-context';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const pct = (v: number | null): number | null => (v == null ? null : Number((v * 100).toFixed(2)));

/** Cumulative 执行率 per month against the planned share and 序时进度 (echarts, loaded with the monitoring pages). */
export function ExecutionCurveChart({ curve, ariaLabel, height = 240 }: { curve: readonly CurvePoint[]; ariaLabel: string; height?: number }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current);
    chart.setOption({
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
      legend: { top: 0 },
      grid: { left: 44, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: curve.map((p) => `${p.month}月`) },
      yAxis: { type: 'value', min: 0, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max / 10) * 10), axisLabel: { formatter: '{value}%' } },
      series: [
        { name: t('mon.chart.rate'), type: 'line', data: curve.map((p) => pct(p.rate)), itemStyle: { color: '#1677ff' }, lineStyle: { width: 3 } },
        { name: t('mon.chart.planned'), type: 'line', data: curve.map((p) => pct(p.plannedShare)), itemStyle: { color: '#fa8c16' }, lineStyle: { type: 'dashed' } },
        { name: t('mon.chart.time'), type: 'line', data: curve.map((p) => pct(p.timeProgress)), itemStyle: { color: '#8c8c8c' }, lineStyle: { type: 'dotted' }, symbol: 'none' },
      ],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [curve, t]);
  return <div ref={box} role="img" aria-label={ariaLabel} data-testid="execution-curve" style={{ height }} />;
}
