import type { DatasetModel } from './build-dataset-model';

/** A unit of the generated hierarchy: region (行政区) → department (主管部门) → unit (预算单位). */
export interface GeneratedUnit {
  readonly code: string;
  readonly name: string;
  readonly kind: 'region' | 'department' | 'unit';
  readonly parentCode: string | null;
  readonly regionCode: string;
}

/** Department types beside the samples' own 主管部门 (the samples are all 医疗保障局). */
const DEPARTMENT_TYPES = [
  '教育局', '卫生健康委员会', '民政局', '农业农村局', '交通运输局', '文化和旅游局', '人力资源和社会保障局',
  '自然资源局', '生态环境局', '住房和城乡建设局', '水利局', '市场监督管理局', '应急管理局', '司法局',
];
const UNIT_SUFFIXES = ['机关', '服务中心', '事务中心', '信息中心', '稽核中心', '管理站', '研究所', '监测中心'];
/** Budget units per department and departments per region, roughly as in a province. */
const UNITS_PER_DEPARTMENT = 8;
const DEPARTMENTS_PER_REGION = 25;

/**
 * The unit tree for `unitCount` budget units, parents first. Region names come from the samples'
 * departments (`拉萨市医疗保障局` → `拉萨市`), numbered once they run out; codes follow the real
 * pattern (region 6 digits, department + 3, unit + 3: `540100` → `540100481` → `540100481001`).
 */
export function generateUnitTree(model: DatasetModel, unitCount: number): GeneratedUnit[] {
  if (!Number.isInteger(unitCount) || unitCount < 1) throw new RangeError('unitCount must be a positive integer');
  const regionNames = [...new Set([...model.departments, ...model.units].map((n) => /^(.+?[省市州县区旗])/.exec(n)?.[1]).filter((n): n is string => !!n && !/[()（）]/.test(n)))];
  const sampleTypes = [...new Set(model.departments.map((n) => n.replace(/^.+?[省市州县区旗]/, '')).filter((t) => t.length >= 2))];
  const types = [...sampleTypes, ...DEPARTMENT_TYPES.filter((t) => !sampleTypes.includes(t))];
  const departmentCount = Math.ceil(unitCount / UNITS_PER_DEPARTMENT);
  const regionCount = Math.ceil(departmentCount / DEPARTMENTS_PER_REGION);
  const out: GeneratedUnit[] = [];
  let unitsLeft = unitCount;
  let departmentsLeft = departmentCount;
  let departmentsDone = 0;
  for (let r = 0; r < regionCount; r++) {
    const base = regionNames.length ? regionNames[r % regionNames.length]! : '样本市';
    const round = Math.floor(r / Math.max(1, regionNames.length));
    const regionName = round === 0 ? base : `${base}${round + 1}`;
    const regionCode = String(110000 + r * 100).padStart(6, '0');
    out.push({ code: regionCode, name: regionName, kind: 'region', parentCode: null, regionCode });
    const departmentsHere = Math.min(departmentsLeft, Math.ceil(departmentsLeft / (regionCount - r)));
    departmentsLeft -= departmentsHere;
    for (let d = 0; d < departmentsHere; d++) {
      const type = types[d % types.length]!;
      const departmentName = `${regionName}${type}${d < types.length ? '' : Math.floor(d / types.length) + 1}`;
      const departmentCode = `${regionCode}${String(400 + d).padStart(3, '0')}`;
      out.push({ code: departmentCode, name: departmentName, kind: 'department', parentCode: regionCode, regionCode });
      const unitsHere = Math.min(unitsLeft, Math.ceil(unitsLeft / (departmentCount - departmentsDone)));
      departmentsDone++;
      unitsLeft -= unitsHere;
      for (let u = 0; u < unitsHere; u++) {
        const suffix = UNIT_SUFFIXES[u % UNIT_SUFFIXES.length]!;
        const name = u === 0 ? departmentName : `${departmentName}${suffix}${u < UNIT_SUFFIXES.length ? '' : Math.floor(u / UNIT_SUFFIXES.length) + 1}`;
        out.push({ code: `${departmentCode}${String(u + 1).padStart(3, '0')}`, name, kind: 'unit', parentCode: departmentCode, regionCode });
      }
    }
  }
  return out;
}
