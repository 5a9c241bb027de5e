/**
 * Normalises an indicator name for the library: NFKC, no numbering (`指标1:`, `1.2`, `（3）`, `一、`),
 * no template hints (`（必填）`, `（如：…）`), no leading year (`2022年`), no digits, punctuation or
 * unit words (`%`, `百分比`, `（元/人）`). The trailing `率`/`度` stays, so `知晓率` and `知晓度` remain
 * two words. Satisfaction wording is folded: `满意程度`/`满意率`/`满意指数`/`满意` → `满意度`, and the
 * public service object (`群众`, `参保群众`, `参保人员`, `服务对象` …) → `服务对象满意度`.
 */
export function normalizeIndicatorName(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '');
  s = s.replace(YEAR_RE, '').replace(NUMBERING_RE, '').replace(YEAR_RE, '');
  s = s.replace(HINT_RE, '').replace(UNIT_PAREN_RE, '');
  s = s.replace(UNIT_WORD_RE, '');
  s = s.replace(STRIP_RE, '');
  return foldSatisfaction(s);
}

const NUMBERING_RE = /^(?:指标\d*|\d+(?:\.\d+)*|[(（]\d+[)）]|[一二三四五六七八九十]+)[:：、.．)）]?/;
const HINT_RE = /[(（【[][^)）】\]]*(?:必填|选填|如[:：]|例如|填写|请|说明|注)[^)）】\]]*[)）】\]]/g;
const UNIT_PAREN_RE = /[(（](?:%|百分比|[元万人次个户件项天月年/]+)[)）]/g;
const YEAR_RE = /^(?:20\d\d|19\d\d)(?:-20\d\d)?年度?/;
const UNIT_WORD_RE = /(?:百分比|百分率|%)+$/;
/** Everything but CJK ideographs and Latin letters (digits, punctuation, symbols, spaces). */
const STRIP_RE = /[^\p{Script=Han}A-Za-z]/gu;

const SATISFACTION_TAIL_RE = /(?:满意程度|满意率|满意指数|满意度|满意)$/;
const PUBLIC_OBJECTS: ReadonlySet<string> = new Set([
  '',
  '服务',
  '服务对象',
  '群众',
  '参保群众',
  '服务群众',
  '参保人员',
  '参保对象',
  '参保患者',
  '参保人',
  '参保居民',
  '受益群众',
  '受益对象',
  '社会公众',
  '公众',
  '人民群众',
]);

function foldSatisfaction(s: string): string {
  const m = SATISFACTION_TAIL_RE.exec(s);
  if (!m) return s;
  let modifier = s.slice(0, m.index);
  if (modifier.endsWith('的')) modifier = modifier.slice(0, -1);
  if (modifier.endsWith('对象的')) modifier = modifier.slice(0, -1);
  return PUBLIC_OBJECTS.has(modifier) ? '服务对象满意度' : `${modifier}满意度`;
}
