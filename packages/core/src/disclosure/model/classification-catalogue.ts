/** One year's 《政府收支分类科目》 as data (rules.md R-CODE-01…04): codes, names and the economic crosswalk. */
export interface ClassificationCatalogue {
  readonly year: number;
  /** 支出功能分类 类 (3) / 款 (5) / 项 (7) code → name. */
  readonly functionCodes: Readonly<Record<string, string>>;
  /** 部门预算支出经济分类 类 (3) / 款 (5) → name. */
  readonly deptEconomicCodes: Readonly<Record<string, string>>;
  /** 政府预算支出经济分类 类 (3) / 款 (5) → name. */
  readonly govEconomicCodes: Readonly<Record<string, string>>;
  /** 部门经济 款 → the 政府经济 款 codes it may map to (the first is the one for administrative units). */
  readonly crosswalk: Readonly<Record<string, readonly string[]>>;
}
