import type { ClassificationCatalogue } from '../model/classification-catalogue';
import { parseCatalogueCsv } from './parse-catalogue-csv';

export interface CatalogueCsvTexts {
  readonly functionCodes: string;
  readonly deptEconomic: string;
  readonly govEconomic: string;
  readonly crosswalk: string;
}

export interface BuiltCatalogue {
  readonly catalogue: ClassificationCatalogue;
  readonly errors: readonly string[];
}

/** Builds one year's catalogue from its four CSV files (columns code,name and dept_code,gov_code). */
export function buildClassificationCatalogue(year: number, texts: CatalogueCsvTexts): BuiltCatalogue {
  const errors: string[] = [];
  const readCodes = (file: string, text: string): Record<string, string> => {
    const csv = parseCatalogueCsv(text);
    errors.push(...csv.errors.map((e) => `${file}：${e}`));
    const out: Record<string, string> = {};
    for (const row of csv.rows) {
      const code = row['code'] ?? '';
      if (!/^\d{3}(\d{2}){0,2}$/.test(code)) errors.push(`${file}：编码“${code}”不是 3/5/7 位数字`);
      else out[code] = row['name'] ?? '';
    }
    return out;
  };
  const functionCodes = readCodes('function-codes.csv', texts.functionCodes);
  const deptEconomicCodes = readCodes('dept-economic.csv', texts.deptEconomic);
  const govEconomicCodes = readCodes('gov-economic.csv', texts.govEconomic);
  const crosswalk: Record<string, string[]> = {};
  const csv = parseCatalogueCsv(texts.crosswalk);
  errors.push(...csv.errors.map((e) => `economic-crosswalk.csv：${e}`));
  for (const row of csv.rows) {
    const dept = row['dept_code'] ?? '';
    const gov = row['gov_code'] ?? '';
    if (!(dept in deptEconomicCodes)) errors.push(`economic-crosswalk.csv：部门经济科目 ${dept} 不在 dept-economic.csv 中`);
    if (!(gov in govEconomicCodes)) errors.push(`economic-crosswalk.csv：政府经济科目 ${gov} 不在 gov-economic.csv 中`);
    (crosswalk[dept] ??= []).push(gov);
  }
  return { catalogue: { year, functionCodes, deptEconomicCodes, govEconomicCodes, crosswalk }, errors };
}
