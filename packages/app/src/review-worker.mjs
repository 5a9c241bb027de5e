// Worker thread of reviewBatchInWorkers: checks the project rules of the slices it is sent, one
// reply per slice. Plain JavaScript so it starts without a loader; it registers tsx itself (the
// workspace packages export their TypeScript sources), exactly like bin/jixiao.mjs.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkProjectRules } = await import('@jixiao/core');

// Findings go back as one JSON string: structured-cloning ~6 findings per project (Chinese
// messages, evidence objects) costs the receiving thread about 2.5× a JSON.parse of the same data.
parentPort.on('message', ({ projects, firstIndex, profile }) => {
  parentPort.postMessage({ firstIndex, findings: JSON.stringify(checkProjectRules(projects, firstIndex, profile)) });
});
