import { recognizeDocument, type ImportedDocument } from '@jixiao/core';
import { readDocument } from '@jixiao/formats';

export interface ParseOptions {
  readonly fiscalYear?: number;
  readonly withRows?: boolean;
}

/** Reads any supported file's bytes and recognises the performance targets in it. Never throws on bad input. */
export async function parseDocument(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ImportedDocument> {
  const cells = await readDocument(bytes, fileName);
  return recognizeDocument(cells, { file: fileName, ...(options.fiscalYear ? { fiscalYear: options.fiscalYear } : {}), ...(options.withRows ? { withRows: true } : {}) });
}
