/** Build step: validate the bundled knowledge and compile it into dist/knowledge.snapshot.json. */
import { writeFileSync } from 'node:fs';
import { bundledKnowledgeDir, packageRoot, snapshotPath } from '../kb/bundled.js';
import { formatIssueLine } from '../kb/format-issue.js';
import { loadKnowledge } from '../kb/load.js';
import { stampFiles, type Snapshot } from '../kb/snapshot.js';

const dir = bundledKnowledgeDir();
const stamps = stampFiles(dir);
const result = loadKnowledge([{ path: dir, base: packageRoot() }]);
for (const issue of result.issues) process.stderr.write(`${formatIssueLine(issue)}\n`);
if (result.kb) {
  const snapshot: Snapshot = { format: 1, stamps, kb: result.kb };
  writeFileSync(snapshotPath(), JSON.stringify(snapshot));
  process.stderr.write(`snapshot: ${result.files.length} knowledge files compiled into ${snapshotPath()}\n`);
} else {
  // Not fatal for the build: queries then load the YAML and report these errors with exit 3.
  process.stderr.write('snapshot: not written, the bundled knowledge has errors (run `gptlineage validate`)\n');
}
