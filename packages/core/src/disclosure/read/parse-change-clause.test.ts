import { describe, expect, it } from 'vitest';
import { parseChangeClause } from './parse-change-clause';

describe('parseChangeClause', () => {
  it('reads a decrease with rate and reason (001 收支总体)', () => {
    const c = parseChangeClause('，较上年减少138.44万元，下降21.21%，下降的主要原因是：公务员医疗补助定额部分由各单位自行筹集缴纳；本部门')!;
    expect(c).toMatchObject({ direction: 'decrease', change: 138440000, rate: 2121, directionWords: ['减少', '下降', '下降'], reason: '公务员医疗补助定额部分由各单位自行筹集缴纳' });
  });
  it('reads 无增减 and 不可比', () => {
    expect(parseChangeClause('，较上年无增减；')).toMatchObject({ direction: 'flat', change: 0 });
    expect(parseChangeClause('，较上年不可比，上年基数为零，不可比的主要原因是：明细科目调整；')).toMatchObject({ direction: 'incomparable', reason: '明细科目调整' });
  });
  it('returns null without a change clause', () => {
    expect(parseChangeClause('，其中：一般公共预算拨款')).toBeNull();
  });
});
