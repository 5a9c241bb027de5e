import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { checkDepartmentBudget, type DepartmentBudget, type GeneratedDisclosure, type GenerationTemplateId } from '@jixiao/core';
import { renderDisclosureDataPackage } from '@jixiao/render';
import {
  buildDisclosureFiles,
  checkDisclosureFile,
  DISCLOSURE_BUILD_FORMATS,
  DOMAIN_ERRORS,
  isDomainError,
  loadClassificationCatalogue,
  readBudgetFromDisclosureFile,
  readBudgetJson,
  type BuiltDisclosureFile,
  type DisclosureBuildFormat,
  type DisclosureCheckResult,
} from '@jixiao/app';

const SEVERITY_LABELS: Readonly<Record<string, string>> = { error: '错误', warning: '警告', info: '提示' };

/** Human-readable report of a disclosure check. */
export function formatDisclosureReport(result: DisclosureCheckResult): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  let s = `\n${result.file}：${result.findings.length} 条意见（${errors} 条错误）\n`;
  for (const m of result.messages) s += `  注意：${m}\n`;
  for (const f of result.findings) s += `  [${SEVERITY_LABELS[f.severity] ?? f.severity}] ${f.rule}（${f.tables.join('、')}）${f.message}\n`;
  return s;
}

/** `jixiao disclosure check FILE [--json]`: pre-publication checks of a department budget disclosure (exit 0 clean, 1 errors, 2 unreadable). */
export function registerDisclosureCommand(program: Command): void {
  const disclosure = program.command('disclosure').description('部门预算公开：由预算生成公开文件，公开前检查');
  registerBuildCommand(disclosure);
  disclosure
    .command('check')
    .description('检查部门预算公开文件：表内平衡、表间勾稽、说明与报表一致、报表齐全')
    .argument('<file>', '.txt .docx .xlsx .html .pdf 文件')
    .option('--json', '输出 JSON（稳定格式）')
    .option('--year <year>', '预算年度（默认从文件读取）')
    .action(async (file: string, opts: { json?: boolean; year?: string }) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(file));
      } catch (e) {
        process.stderr.write(`错误：无法读取 ${file}：${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 2;
        return;
      }
      const result = await checkDisclosureFile(bytes, file, opts.year ? { fiscalYear: Number(opts.year) } : {});
      if (result.status !== 'checked') {
        process.stderr.write(`错误：${result.status === 'unreadable' ? '文件无法读取' : '文件中没有部门预算公开内容'}：${result.messages.join('；')}\n`);
        process.exitCode = 2;
        return;
      }
      if (opts.json) {
        const findings = result.findings.map((f) => ({ rule: f.rule, category: f.category, severity: f.severity, message: f.message, tables: f.tables, evidence: f.evidence }));
        process.stdout.write(`${JSON.stringify({ findings })}\n`);
      } else process.stdout.write(formatDisclosureReport(result));
      process.exitCode = result.findings.some((f) => f.severity === 'error') ? 1 : 0;
    });
}

interface BuildOptions {
  readonly template: string;
  readonly format: string;
  readonly out: string;
  readonly strict?: boolean;
}

/** Writes the built files: one file at `out`; a data package as a folder (datapackage.json + data/*.csv), or one zip when `out` ends with .zip. */
async function writeBuiltFiles(files: readonly BuiltDisclosureFile[], generated: GeneratedDisclosure, out: string): Promise<void> {
  if (files.length > 1 && /\.zip$/i.test(out)) {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, await renderDisclosureDataPackage(generated));
    return;
  }
  for (const f of files) {
    const path = f.path === '' ? out : join(out, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.bytes);
  }
}

/**
 * `jixiao disclosure build INPUT [--template shaanxi-16|core-8] --format docx|pdf|xlsx|datapackage|txt|json
 * --out PATH`: INPUT is a department budget JSON (.json) or a published disclosure (.txt .docx .pdf
 * .xlsx .html) read back into a budget. Generates every table of the template and the narrative,
 * writes them and prints the pre-publication check to stderr.
 * Exit 0 written, 1 with --strict and an error finding (nothing written), 2 bad input.
 */
function registerBuildCommand(disclosure: Command): void {
  disclosure
    .command('build')
    .description('由预算数据（JSON）或已公开的部门预算公开文件生成全部报表和说明：DOCX、PDF、XLSX 或 Frictionless 数据包')
    .argument('<input>', '预算数据 .json，或已公开的部门预算公开文件（.txt .docx .pdf .xlsx .html）')
    .option('--template <id>', '报表模板：shaanxi-16（16张表）或 core-8（财预〔2016〕143号 8张表）', 'shaanxi-16')
    .requiredOption('--format <format>', `输出格式：${DISCLOSURE_BUILD_FORMATS.join('|')}`)
    .requiredOption('--out <path>', '输出文件；datapackage 为输出目录（以 .zip 结尾则为一个 zip 文件）')
    .option('--strict', '检查有错误时不输出文件')
    .action(async (input: string, opts: BuildOptions) => {
      const fail = (message: string, code = 2): void => {
        process.stderr.write(`错误：${message}\n`);
        process.exitCode = code;
      };
      if (opts.template !== 'shaanxi-16' && opts.template !== 'core-8') return fail(`未知的模板“${opts.template}”，可选 shaanxi-16、core-8`);
      if (!(DISCLOSURE_BUILD_FORMATS as readonly string[]).includes(opts.format)) return fail(`未知的格式“${opts.format}”，可选 ${DISCLOSURE_BUILD_FORMATS.join('、')}`);
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(input));
      } catch (e) {
        return fail(`无法读取 ${input}：${e instanceof Error ? e.message : String(e)}`);
      }
      try {
        let budget: DepartmentBudget;
        if (/\.json$/i.test(input)) budget = readBudgetJson(new TextDecoder().decode(bytes), input);
        else {
          const read = await readBudgetFromDisclosureFile(bytes, input);
          budget = read.budget;
          for (const i of read.issues) process.stderr.write(`  读入说明：${i.message}\n`);
        }
        const template = opts.template as GenerationTemplateId;
        const { catalogue } = await loadClassificationCatalogue(budget.fiscalYear);
        const findings = checkDepartmentBudget(budget, { template, catalogue });
        const errors = findings.filter((f) => f.severity === 'error');
        process.stderr.write(`检查：${findings.length} 条意见（${errors.length} 条错误）\n`);
        for (const f of findings) process.stderr.write(`  [${SEVERITY_LABELS[f.severity] ?? f.severity}] ${f.rule}（${f.tables.join('、')}）${f.message}\n`);
        if (opts.strict && errors.length > 0) return fail('检查有错误，未输出文件（去掉 --strict 可照样输出）', 1);
        const built = await buildDisclosureFiles(budget, { template, format: opts.format as DisclosureBuildFormat });
        for (const m of built.messages) process.stderr.write(`  注意：${m}\n`);
        await writeBuiltFiles(built.files, built.generated, opts.out);
        const tables = built.generated.tables;
        process.stdout.write(`已生成 ${tables.length} 张表（${tables.filter((t) => t.empty).length} 张空表，模板 ${template}）：${opts.out}\n`);
        process.exitCode = 0;
      } catch (e) {
        if (!isDomainError(e)) throw e;
        fail(e.message, DOMAIN_ERRORS[e.code].exitCode);
      }
      return undefined;
    });
}
