// Loaded with `node --import` when GNU time is absent: records this process's peak RSS (KB) on exit.
import { writeFileSync } from 'node:fs';

const file = process.env.GPTLINEAGE_TEST_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
