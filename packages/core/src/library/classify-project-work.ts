/** A kind of work projects are grouped by in dashboards and peer groups (信息化运维, 宣传 …). */
export interface WorkCategory {
  readonly id: string;
  readonly label: string;
  /** Matched against the project name first, then its goals. */
  readonly pattern: RegExp;
}

/** Work categories as data, most specific first; the first whose pattern matches wins. */
export const WORK_CATEGORIES: readonly WorkCategory[] = [
  { id: 'it', label: '信息化建设与运维', pattern: /信息系统|信息化|网络|系统运行|系统运维|运行维护|运维|软件|机房|数据中心|平台建设|专线|视频监控/ },
  { id: 'publicity', label: '宣传与培训', pattern: /宣传|印刷|培训|会议|明白卡|知晓/ },
  { id: 'supervision', label: '基金监管与稽核', pattern: /监管|稽核|检查|审计|打击|欺诈|举报/ },
  { id: 'operations', label: '机关运转与后勤', pattern: /运转|办公|大楼|物业|水电|水费|电费|车辆|公务用车|租赁|维修|后勤|保洁|安保/ },
  // Broadest last: nearly every 医保 project mentions 医疗保险 or 参保.
  { id: 'medical-aid', label: '医疗救助与保障', pattern: /医疗救助|救助|大病|补助资金|配套资金|参保|医疗保险|医保基金|待遇/ },
];

export const OTHER_WORK_CATEGORY: WorkCategory = { id: 'other', label: '其他', pattern: /$^/ };

/** The work category of a project from its name (then its goals); `other` when nothing matches. */
export function classifyProjectWork(name: string, goals: readonly string[] = []): WorkCategory {
  for (const c of WORK_CATEGORIES) if (c.pattern.test(name)) return c;
  const text = goals.join('。');
  for (const c of WORK_CATEGORIES) if (c.pattern.test(text)) return c;
  return OTHER_WORK_CATEGORY;
}
