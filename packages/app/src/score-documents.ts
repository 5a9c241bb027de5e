import { DEFAULT_SCORING_PROFILE, fenToYuan, scoreProject, type ImportedDocument, type ProjectScore, type ReviewGrade, type ScoreFinding, type ScoringProfile } from '@jixiao/core';
import { parseDocument } from './parse-document';

/** A file to score: its name and bytes (the caller reads files; the use case does no I/O). */
export interface ScoreInput {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface ScoredDocument {
  readonly file: string;
  readonly document: ImportedDocument;
  readonly projects: readonly ProjectScore[];
}

export interface ScoreFindingJson {
  category: 'score-mismatch';
  message: string;
  indicator: number | null;
  evidence: Record<string, unknown>;
}

export interface ScoreIndicatorJson {
  name: string;
  targetText: string | null;
  actualText: string | null;
  weight: number;
  score: number;
  printedScore: number | null;
  formula: string;
}

export interface ScoreProjectJson {
  name: string;
  total: number;
  printedTotal: number | null;
  grade: ReviewGrade;
  /** Money in 元; rate rounded to 4 decimals. */
  execution: { budget: number | null; executed: number | null; rate: number | null; score: number } | null;
  indicators: ScoreIndicatorJson[];
  findings: ScoreFindingJson[];
}

export interface ScoreDocumentJson {
  file: string;
  projects: ScoreProjectJson[];
}

/** The stable JSON of `jixiao score --json` and of the web API. */
export interface ScoreJson {
  documents: ScoreDocumentJson[];
}

function toScoreFindingJson(f: ScoreFinding): ScoreFindingJson {
  return { category: f.category, message: f.message, indicator: f.location.indicator, evidence: { ...f.evidence } };
}

/** Maps a scored project to the JSON contract (money in 元). */
export function toScoreProjectJson(p: ProjectScore): ScoreProjectJson {
  const ex = p.execution;
  return {
    name: p.name,
    total: p.total,
    printedTotal: p.printedTotal,
    grade: p.grade,
    execution: ex
      ? {
          budget: ex.budget == null ? null : fenToYuan(ex.budget),
          executed: ex.executed == null ? null : fenToYuan(ex.executed),
          rate: ex.rate == null ? null : Number(ex.rate.toFixed(4)),
          score: ex.score,
        }
      : null,
    indicators: p.indicators.map((l) => ({
      name: l.name,
      targetText: l.targetText,
      actualText: l.actualText,
      weight: l.weight,
      score: l.score,
      printedScore: l.printedScore,
      formula: l.formula,
    })),
    findings: p.findings.map(toScoreFindingJson),
  };
}

/** Maps a scored document to the JSON contract. */
export function toScoreDocumentJson(doc: ScoredDocument): ScoreDocumentJson {
  return { file: doc.file, projects: doc.projects.map(toScoreProjectJson) };
}

/** Parses self-evaluation forms (绩效自评表) and scores every project with the R-SE rules, checking the printed 得分. */
export async function scoreDocuments(inputs: readonly ScoreInput[], profile: ScoringProfile = DEFAULT_SCORING_PROFILE): Promise<ScoredDocument[]> {
  const out: ScoredDocument[] = [];
  for (const input of inputs) {
    const document = await parseDocument(input.bytes, input.file);
    const projects = document.projects.map((project, projectIndex) => scoreProject(project, { profile, projectIndex }));
    out.push({ file: input.file, document, projects });
  }
  return out;
}
