import { describe, expect, it } from 'vitest';
import { foldCjkRadicals } from './fold-cjk-radicals';

describe('foldCjkRadicals', () => {
  it('folds Kangxi and supplement radicals, and nothing else', () => {
    expect(foldCjkRadicals('明\u2f69卡')).toBe('明白卡');
    expect(foldCjkRadicals('全\u2ea0参保，部\u2ed4专项，项\u2f6c')).toBe('全民参保，部门专项，项目');
    expect(foldCjkRadicals('２０２４ ≥90% ＞＝')).toBe('２０２４ ≥90% ＞＝');
  });
});
