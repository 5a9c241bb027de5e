import { describe, expect, it } from 'vitest';
import { alignRecord } from './align-record';

const columns002 = ['name', 'target', 'basis', 'priorActual', 'weight', 'scoringRule', 'evidence'].map((role, i) => ({ role, col: i + 2 })) as Parameters<typeof alignRecord>[1];

describe('alignRecord', () => {
  it('places a row whose merged cells vanished (sample 002 各项社会保险基金 row)', () => {
    const cells = ['各项社会保险基金', '每年度结束后的,', '行业或国家标准', '达成目标', '5', '直接赋分', '工作资料'].map((text, i) => ({ text, col: i }));
    const { assigned, unplaced } = alignRecord(cells, columns002, false);
    expect(Object.fromEntries(assigned)).toEqual({
      name: '各项社会保险基金',
      target: '每年度结束后的,',
      basis: '行业或国家标准',
      priorActual: '达成目标',
      weight: '5',
      scoringRule: '直接赋分',
      evidence: '工作资料',
    });
    expect(unplaced).toEqual([]);
  });
  it('puts a drifted OCR value in the value column (sample 000 指标5 row)', () => {
    const cols = [{ role: 'name', col: 3 }, { role: 'target', col: 4 }] as Parameters<typeof alignRecord>[1];
    const { assigned } = alignRecord([{ text: '指标5: 打击欺诈骗保行为专项行动启动仪式', col: 1 }, { text: '9万元', col: 3 }], cols, false);
    expect(assigned.get('name')).toBe('指标5: 打击欺诈骗保行为专项行动启动仪式');
    expect(assigned.get('target')).toBe('9万元');
  });
});
