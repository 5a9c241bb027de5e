import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** A bar chart (ECharts from echarts/core); horizontal for long category labels. */
export function LibraryBarChart({ labels, values, ariaLabel, horizontal = false, color = '#1677ff' }: { labels: string[]; values: number[]; ariaLabel: string; horizontal?: boolean; color?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current);
    const category = { type: 'category' as const, data: labels, axisLabel: { interval: 0, fontSize: 11 }, inverse: horizontal };
    const value = { type: 'value' as const };
    chart.setOption({
      tooltip: {},
      grid: horizontal ? { left: 150, right: 72, top: 8, bottom: 24 } : { left: 48, right: 16, top: 16, bottom: 40 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ type: 'bar', data: values, itemStyle: { color }, barMaxWidth: 28, label: { show: true, position: horizontal ? 'right' : 'top', fontSize: 11 } }],
    });
    const onResize = () => chart.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      chart.dispose();
    };
  }, [labels, values, horizontal, color]);
  return <div ref={box} role="img" aria-label={ariaLabel} style={{ height: horizontal ? Math.max(160, labels.length * 26 + 40) : 240 }} />;
}
