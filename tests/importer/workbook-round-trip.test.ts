import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importDocument } from '@jixiao/app';
import { renderBatchXlsx } from '@jixiao/render';
import { getProjects, listProjects, openDatabase } from '@jixiao/storage';

const ROOT = join(import.meta.dirname, '../..');

describe('an exported workbook filled in offline imports back as edits of the same projects', () => {
  it('updates the edited project with a new version, refuses a stale workbook and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-roundtrip-'));
    const database = await openDatabase({ sqlitePath: join(dir, 'rt.db'), migrate: true, env: {} });
    const sample = new Uint8Array(readFileSync(join(ROOT, 'fixtures/samples/002_958eda048e829117.txt')));
    expect((await importDocument(database, sample, '002.txt', { actor: 'test' })).saved?.created).toBe(3);
    const page = await listProjects(database.db, { limit: 10, offset: 0, sort: { field: 'name', direction: 'asc' } });
    const stored = await getProjects(database.db, page.rows.map((r) => r.id));
    const xlsx = await renderBatchXlsx(stored.map((s) => s.project), 'target-table-002', { refs: stored.map((s) => ({ id: s.id, version: s.version })) });

    // A unit edits one value in Excel, as a person would.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    let edited = 0;
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.value === '≥31万人') {
        cell.value = '≥32万人';
        edited++;
      }
    })));
    expect(edited).toBe(1);
    const editedBytes = new Uint8Array(await wb.xlsx.writeBuffer());

    const first = await importDocument(database, editedBytes, 'edited.xlsx', { actor: 'unit' });
    expect(first.error).toBeNull();
    expect(first.saved).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    const after = await getProjects(database.db, page.rows.map((r) => r.id));
    const changed = after.find((p) => p.project.indicators.some((i) => i.targetText === '≥32万人'))!;
    expect(changed.version).toBe(2);
    expect(changed.project.indicators.find((i) => i.targetText === '≥32万人')?.target).toMatchObject({ op: '>=', value: 320000, unit: '人' });
    // Nothing else changed: every other project and indicator is as stored.
    expect(after.filter((p) => p.version === 1)).toHaveLength(2);

    // The same workbook again is now stale: refused with a Chinese message, nothing written.
    const again = await importDocument(database, editedBytes, 'edited.xlsx', { actor: 'unit' });
    expect(again.saved).toBeNull();
    expect(again.error).toMatch(/已是第 2 版/);
    expect((await getProjects(database.db, [changed.id]))[0]!.version).toBe(2);
    await database.close();
  });
});
