import { isTotalRow, normalizeText, toSimplified, type Project } from '@jixiao/core';
import { getProjects, getSelfEvaluation, saveSelfEvaluation, type StoredProject } from '@jixiao/storage';
import { isInScope, type Actor } from './actor';
import type { SelfEvaluationView } from './build-self-evaluation-view';
import type { Db } from './db';
import { DomainError, toDomainError } from './domain-error';
import { SELF_EVALUATION_EDIT_ROLES, getSelfEvaluationView } from './get-self-evaluation-view';
import { loadVisibleProject } from './load-visible-project';
import { parseDocument } from './parse-document';
import { requireRole } from './require-role';

export interface ImportSelfEvaluationInput {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Import into this project (the form's project must match it by code or name); else matched among visible projects. */
  readonly projectId?: string;
}

export interface ImportSelfEvaluationResult {
  readonly view: SelfEvaluationView;
  /** Form indicators matched to stored positions. */
  readonly matched: number;
  /** Form indicators without a stored counterpart (names). */
  readonly unmatched: readonly string[];
}

const SUPPORTED = ['.txt', '.docx', '.xlsx', '.html', '.htm', '.pdf'];

const key = (s: string | null | undefined): string => (s ? toSimplified(normalizeText(s)).replace(/[\s:：]+/g, '') : '');

/** Names this long that are a prefix of the other are the same name cut by a narrow printed column. */
const MIN_CUT_NAME = 8;

/** Whether the form's project is the stored one: same code, or same (compacted) name, or one a cut-off prefix of the other. */
function sameProject(form: Project, stored: Project): boolean {
  if (form.code && stored.code && key(form.code) === key(stored.code)) return true;
  const a = key(form.name);
  const b = key(stored.name);
  if (a === '' || b === '') return false;
  return a === b || (Math.min(a.length, b.length) >= MIN_CUT_NAME && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * Stored position of each form indicator: same compacted name, else a name prefix (printed forms cut names); when
 * several cut names fit, the first unused one after the previous match (forms keep the target table's order).
 */
function matchIndicators(form: Project, stored: Project): { pairs: { form: number; position: number }[]; unmatched: string[] } {
  const names = stored.indicators.map((i) => key(i.name));
  const used = new Set<number>();
  const pairs: { form: number; position: number }[] = [];
  const unmatched: string[] = [];
  let previous = -1;
  form.indicators.forEach((ind, formIndex) => {
    if (isTotalRow(ind)) return;
    const k = key(ind.name);
    let position = names.findIndex((n, i) => !used.has(i) && n === k);
    if (position < 0 && k.length >= 4) {
      const candidates = names.map((n, i) => ({ n, i })).filter(({ n, i }) => !used.has(i) && n.length >= 4 && (n.startsWith(k) || k.startsWith(n)));
      if (candidates.length === 1) position = candidates[0]!.i;
      else if (candidates.length > 1) position = (candidates.find(({ i }) => i > previous) ?? candidates[0]!).i;
    }
    if (position < 0) {
      unmatched.push(ind.name);
      return;
    }
    used.add(position);
    previous = position;
    pairs.push({ form: formIndex, position });
  });
  return { pairs, unmatched };
}

async function findCandidates(db: Db, actor: Actor, form: Project): Promise<StoredProject[]> {
  let q = db.selectFrom('projects').select(['id', 'unit_id']);
  const name = form.name.trim();
  // Same code, same name, or a name cut by a printed column (compared exactly by sameProject below).
  const head = name.slice(0, MIN_CUT_NAME);
  const like = head.length === MIN_CUT_NAME && !/[\\%_]/.test(head) ? `${head}%` : null;
  q = q.where((eb) => eb.or([...(form.code ? [eb('code', '=', form.code)] : []), eb('name', '=', name), ...(like ? [eb('name', 'like', like)] : [])]));
  const rows = (await q.limit(200).execute()).filter((r) => isInScope(actor.scope, r.unit_id));
  const stored = await getProjects(db, rows.map((r) => r.id));
  return stored.filter((s) => sameProject(form, s.project));
}

/**
 * Imports a self-evaluation form (自评表, .txt/.docx/.xlsx/.html/.pdf through the import pipeline) INTO a stored project
 * matched by code or name: actual values, deviation reasons and printed 得分 by indicator position, the 预算执行情况
 * block and the printed 总分. Nothing is written when the file cannot be read, no project or no indicator matches.
 */
export async function importSelfEvaluation(db: Db, actor: Actor, input: ImportSelfEvaluationInput): Promise<ImportSelfEvaluationResult> {
  const target = input.projectId ? await loadVisibleProject(db, actor, input.projectId) : null;
  requireRole(actor, SELF_EVALUATION_EDIT_ROLES);
  const lower = input.fileName.toLowerCase();
  if (!SUPPORTED.some((ext) => lower.endsWith(ext))) throw new DomainError('unsupported-file', { file: input.fileName }, '不支持的文件类型，请上传 .txt、.docx、.xlsx、.html 或 .pdf 文件');
  if (input.bytes.length === 0) throw new DomainError('import-failed', { file: input.fileName }, '文件是空的，没有可导入的内容');
  const document = await parseDocument(input.bytes, input.fileName);
  const forms = document.projects.filter((p) => p.indicators.length > 0);
  if (forms.length === 0) {
    const reason = document.issues.find((i) => i.severity === 'error');
    throw new DomainError('import-failed', { file: input.fileName }, reason ? `未能导入自评表：${reason.message}` : '文件中未识别到绩效自评表（项目及其绩效指标）');
  }
  let form: Project | undefined;
  let stored: StoredProject | undefined;
  if (target) {
    form = forms.find((f) => sameProject(f, target.project)) ?? (forms.length === 1 ? forms[0] : undefined);
    if (!form || !sameProject(form, target.project)) {
      throw new DomainError('import-failed', { file: input.fileName, formProjects: forms.map((f) => f.name) }, `自评表中的项目“${forms.map((f) => f.name).join('”“')}”与当前项目“${target.project.name}”的名称和编码均不一致，未导入`);
    }
    stored = target;
  } else {
    if (forms.length > 1) throw new DomainError('import-failed', { file: input.fileName }, `文件中有${forms.length}个项目的自评表，请逐个项目导入（指定项目）`);
    form = forms[0]!;
    const candidates = await findCandidates(db, actor, form);
    if (candidates.length === 0) throw new DomainError('not-found', { entity: 'project', name: form.name, code: form.code }, `没有找到与自评表项目“${form.name}”${form.code ? `（编码${form.code}）` : ''}对应的已入库项目，未导入`);
    if (candidates.length > 1) throw new DomainError('conflict', { candidates: candidates.map((c) => c.id) }, `有${candidates.length}个项目与自评表项目“${form.name}”同名，请指定项目后导入`);
    stored = candidates[0]!;
  }
  const { pairs, unmatched } = matchIndicators(form, stored.project);
  if (pairs.length === 0) throw new DomainError('import-failed', { file: input.fileName, unmatched }, `自评表的绩效指标与项目“${stored.project.name}”的指标都对不上，未导入`);
  const current = await getSelfEvaluation(db, stored.id);
  const printedTotal = form.printedTotal ?? form.indicators.find((i) => isTotalRow(i))?.score ?? null;
  try {
    await saveSelfEvaluation(db, {
      projectId: stored.id,
      expectedVersion: current?.version ?? 0,
      status: 'draft',
      budget: form.execution?.budget ?? null,
      executed: form.execution?.executed ?? null,
      achievedGoals: form.achievedGoals && form.achievedGoals.length > 0 ? form.achievedGoals.join('\n') : null,
      printedTotal,
      printedExecutionScore: form.execution?.score ?? null,
      source: 'import',
      sourceFile: input.fileName,
      entries: pairs.map(({ form: f, position }) => {
        const ind = form.indicators[f]!;
        return { position, actualText: ind.actualText, deviationReason: ind.deviationReason, improvementMeasure: null, printedScore: ind.score, formWeight: ind.weight };
      }),
      actor: actor.username,
    });
  } catch (e) {
    throw toDomainError(e);
  }
  return { view: await getSelfEvaluationView(db, actor, stored.id), matched: pairs.length, unmatched };
}
