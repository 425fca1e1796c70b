/** Entry of the CLI script, dist/cli.cjs: `main` for bin/gptlineage.js, `run` for the build's code-cache warm-up. */
export { main } from '../cli/main.js';
export { run } from '../cli/run.js';
