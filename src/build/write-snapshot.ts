/** Build step: validate the bundled knowledge and compile it into dist/knowledge.snapshot.json (+ dist/knowledge.bytes). */
import { bundledKnowledgeDir, packageRoot, snapshotBytesPath, snapshotPath } from '../kb/bundled.js';
import { buildSnapshot, writeSnapshot } from '../kb/build-snapshot.js';
import { formatIssueLine } from '../kb/format-issue.js';

const built = buildSnapshot(bundledKnowledgeDir(), packageRoot());
for (const issue of built.result.issues) process.stderr.write(`${formatIssueLine(issue)}\n`);
if (writeSnapshot(built, snapshotPath(), snapshotBytesPath())) {
  process.stderr.write(`snapshot: ${built.result.files.length} knowledge files compiled into ${snapshotPath()}\n`);
} else {
  // Not fatal for the build: queries then load the YAML and report these errors with exit 3.
  process.stderr.write('snapshot: not written, the bundled knowledge has errors (run `gptlineage validate`)\n');
}
