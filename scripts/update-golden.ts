// Regenerates fixtures/expected/<sample>.json from the current importer. Review the diff before committing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPECTED_DIR, SAMPLE_FILES, parseSample } from '../packages/app/test/sample-fixtures';

for (const file of SAMPLE_FILES) {
  const doc = await parseSample(file);
  writeFileSync(join(EXPECTED_DIR, file.replace(/\.txt$/, '.json')), `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`${file}: ${doc.projects.length} projects, ${doc.departmentTargets.length} department targets, ${doc.issues.length} issues`);
}
