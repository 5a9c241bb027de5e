import { DEFAULT_RULE_PROFILE, fenToYuan, type BatchReview, type Finding, type ImportedDocument, type ReviewGrade, type RuleProfile } from '@jixiao/core';
import { parseDocument } from './parse-document';
import { reviewBatchInWorkers } from './review-batch-in-workers';

/** A file to review: its name and bytes (the caller reads files; the use case does no I/O). */
export interface ReviewInput {
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface ReviewFindingJson {
  rule: string;
  category: string;
  severity: string;
  dimension: string;
  message: string;
  suggestion: string;
  indicator: number | null;
  field: string;
  span?: [number, number];
  blocking?: true;
  evidence: Record<string, unknown>;
}

export interface ReviewProjectJson {
  name: string;
  /** Money in 元. */
  funds: { total: number | null };
  score: number;
  grade: ReviewGrade;
  findings: ReviewFindingJson[];
}

export interface ReviewDocumentJson {
  file: string;
  projects: ReviewProjectJson[];
  documentFindings: ReviewFindingJson[];
}

/** The stable JSON of `jixiao review --json` and of the web API. */
export interface ReviewJson {
  documents: ReviewDocumentJson[];
}

export interface ReviewedDocument {
  readonly file: string;
  readonly document: ImportedDocument;
  readonly review: BatchReview;
}

/** Maps a finding to its JSON shape (location flattened into indicator/field). */
export function toReviewFindingJson(f: Finding): ReviewFindingJson {
  return {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    dimension: f.dimension,
    message: f.message,
    suggestion: f.suggestion,
    indicator: f.location.indicator,
    field: f.location.field,
    ...(f.location.span ? { span: [f.location.span[0], f.location.span[1]] as [number, number] } : {}),
    ...(f.blocking ? { blocking: true as const } : {}),
    evidence: { ...f.evidence },
  };
}

/** Maps a reviewed document to the JSON contract. */
export function toReviewDocumentJson(doc: ReviewedDocument): ReviewDocumentJson {
  return {
    file: doc.file,
    projects: doc.review.projects.map((p) => ({
      name: p.project.name,
      funds: { total: p.project.funds.total == null ? null : fenToYuan(p.project.funds.total) },
      score: p.score,
      grade: p.grade,
      findings: p.findings.map(toReviewFindingJson),
    })),
    documentFindings: doc.review.documentFindings.map(toReviewFindingJson),
  };
}

/**
 * Parses and reviews documents. Each document is one batch: copied goals and indicator sets are detected across its
 * projects, and its department targets are checked against its projects. A large document (a province's batch)
 * is reviewed on every core (`reviewBatchInWorkers`, same result as one thread); small ones inline.
 */
export async function reviewDocuments(inputs: readonly ReviewInput[], profile: RuleProfile = DEFAULT_RULE_PROFILE): Promise<ReviewedDocument[]> {
  const out: ReviewedDocument[] = [];
  for (const input of inputs) {
    const document = await parseDocument(input.bytes, input.file);
    out.push({ file: input.file, document, review: await reviewBatchInWorkers(document.projects, profile, document.departmentTargets) });
  }
  return out;
}
