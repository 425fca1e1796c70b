/** Build step: validate the bundled knowledge and compile it into dist/knowledge.snapshot.json. */
import { writeFileSync } from 'node:fs';
import { bundledKnowledgeDir, packageRoot, snapshotPath } from '../kb/bundled.js';
import { buildSnapshot } from '../kb/build-snapshot.js';
import { formatIssueLine } from '../kb/format-issue.js';

const { snapshot, result } = buildSnapshot(bundledKnowledgeDir(), packageRoot());
for (const issue of result.issues) process.stderr.write(`${formatIssueLine(issue)}\n`);
if (snapshot) {
  writeFileSync(snapshotPath(), JSON.stringify(snapshot));
  process.stderr.write(`snapshot: ${result.files.length} knowledge files compiled into ${snapshotPath()}\n`);
} else {
  // Not fatal for the build: queries then load the YAML and report these errors with exit 3.
  process.stderr.write('snapshot: not written, the bundled knowledge has errors (run `gptlineage validate`)\n');
}
