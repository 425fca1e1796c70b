/** Declarations of the query commands (trace, why, diff, …); each action imports its command module lazily. */
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { KIND_OF_SECTION, SECTIONS } from '../kb/types.js';
import { examples, type CommandRunner } from './program.js';

const DRAW_FORMATS = ['text', 'mermaid', 'dot'] as const;

const drawFormat = () => new Option('--format <format>', 'text, or a Mermaid/Graphviz drawing of the answer').choices(DRAW_FORMATS);

/** The drawing formats, and PROV-O Turtle of what the answer rests on. */
const provFormat = () => new Option('--format <format>', 'text, a Mermaid/Graphviz drawing of the answer, or PROV-O Turtle of what it rests on').choices([...DRAW_FORMATS, 'prov']);

/** Add the query commands to `program`. */
export function declareQueryCommands(program: Command, runner: CommandRunner): void {
  program
    .command('trace')
    .description('where a capability comes from: first appearance, credited methods, evidence, later gains and losses')
    .argument('<capability>', 'capability id or alias, e.g. cot')
    .option('-m, --model <model>', 'follow one model\'s lineage')
    .option('--all-paths', 'every path through the lineage, not only the shortest')
    .addOption(provFormat())
    .addHelpText('after', examples(['gptlineage trace cot', 'gptlineage trace icl --model chatgpt --all-paths', 'gptlineage trace cot --json | jq .origins', 'gptlineage trace cot --format dot | dot -Tsvg > cot.svg']))
    .action((cap: string, opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/trace.js')).traceCommand(ctx, cap, opts)));

  program
    .command('why')
    .description('why a model has (or lacks) a capability: trace along that model\'s lineage')
    .argument('<model>', 'model id or alias')
    .argument('<capability>', 'capability id or alias')
    .option('--all-paths', 'every path through the lineage, not only the shortest')
    .addOption(provFormat())
    .addHelpText('after', examples(['gptlineage why chatgpt icl', 'gptlineage why text-davinci-002 cot --json']))
    .action((model: string, cap: string, opts: object, cmd: Command) =>
      runner(cmd, async (ctx) => (await import('../commands/why.js')).whyCommand(ctx, model, cap, opts)),
    );

  program
    .command('diff')
    .description('what changed between two models, along which steps, and why')
    .argument('<a>', 'model id or alias')
    .argument('<b>', 'model id or alias')
    .addOption(drawFormat())
    .addHelpText('after', examples(['gptlineage diff code-davinci-002 text-davinci-002', 'gptlineage diff text-davinci-003 chatgpt --json | jq \'.differences[] | select(.unexplained)\'']))
    .action((a: string, b: string, opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/diff.js')).diffCommand(ctx, a, b, opts)));

  program
    .command('lineage')
    .description('ancestors and descendants of a model, drawn as trees')
    .argument('<model>', 'model id or alias')
    .option('--ancestors', 'only the ancestors')
    .option('--descendants', 'only the descendants')
    .option('--depth <n>', 'how many derivations to follow', depth)
    .addOption(provFormat())
    .addHelpText('after', examples(['gptlineage lineage chatgpt --ancestors', 'gptlineage lineage davinci --descendants --depth 1', 'gptlineage lineage chatgpt --format mermaid']))
    .action((model: string, opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/lineage.js')).lineageCommand(ctx, model, opts)));

  program
    .command('tree')
    .description('the whole evolution tree')
    .addHelpText('after', examples(['gptlineage tree', 'gptlineage tree --json | jq \'.rows[].model\'']))
    .action((_opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/tree.js')).treeCommand(ctx)));

  program
    .command('matrix')
    .description('models × capabilities with levels: the article\'s summary table, computed')
    .option('--models <ids...>', 'only these models (space- or comma-separated)')
    .option('--capabilities <ids...>', 'only these capabilities (space- or comma-separated); limitations only when named')
    .option('--all', 'every model, not only those the summary table marks')
    .addHelpText('after', examples(['gptlineage matrix', 'gptlineage matrix --all', 'gptlineage matrix --models code-davinci-002,text-davinci-002 --capabilities cot,icl']))
    .action((opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/matrix.js')).matrixCommand(ctx, opts)));

  declareBrowseCommands(program, runner);
}

function declareBrowseCommands(program: Command, runner: CommandRunner): void {
  program
    .command('show')
    .description('a describe page for any entity by id or alias (a model, method, claim, source, …)')
    .argument('<id>', 'id or alias of a model, capability, claim, source, …')
    .addHelpText('after', examples(['gptlineage show cot', 'gptlineage show text-davinci-002 --json']))
    .action((id: string, _opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/show.js')).showCommand(ctx, id)));

  program
    .command('list')
    .description('every entity of one kind')
    .addArgument(new Argument('<kind>', `what to list: ${SECTIONS.join(', ')} (singular too)`).argParser(listKind))
    .addHelpText('after', examples(['gptlineage list models', 'gptlineage list claims --json | jq \'.items[] | select(.confidence == "hypothesis") | .id\'']))
    .action((kind: string, _opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/list.js')).listCommand(ctx, kind)));

  program
    .command('search')
    .description('search ids, aliases, names, descriptions and notes, best match first')
    .argument('<text...>', 'words to look for')
    .option('--limit <n>', 'how many matches to show, best first (0: all)', '20')
    .addHelpText('after', examples(['gptlineage search alignment tax', 'gptlineage search codex --limit 1 --json | jq -r \'.hits[0].id\'']))
    .action((words: string[], opts: { limit?: string }, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/search.js')).searchCommand(ctx, words, opts)));

  program
    .command('questions')
    .description('open research questions the knowledge base records')
    .option('--about <id>', 'only questions about this entity')
    .addHelpText('after', examples(['gptlineage questions', 'gptlineage questions --about cot']))
    .action((opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/questions.js')).questionsCommand(ctx, opts)));

  program
    .command('limits')
    .description('what the models cannot do: limitations, who shows them, and the claims')
    .addHelpText('after', examples(['gptlineage limits', 'gptlineage limits --min-confidence likely']))
    .action((_opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/limits.js')).limitsCommand(ctx)));

  program
    .command('cite')
    .description('references for sources, or the sources behind a claim, capability or model')
    .argument('<ids...>', 'ids or aliases')
    .addOption(new Option('--format <format>', 'plain references or BibTeX').choices(['text', 'bibtex']))
    .option('--unicode', 'BibTeX: keep non-ASCII as UTF-8 (biber, lualatex) instead of LaTeX commands (bibtex, pdflatex)')
    .addHelpText('after', examples(['gptlineage cite cot', 'gptlineage cite cot chatgpt --format bibtex > refs.bib']))
    .action((ids: string[], opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/cite.js')).citeCommand(ctx, ids, opts)));

  program
    .command('impact')
    .description('what rests on a source, method or claim, and which conclusions move without it')
    .argument('<id>', 'id of a source, method, claim or review')
    .addHelpText('after', examples(['gptlineage impact aryabumi2024-code', 'gptlineage impact code-training --json | jq \'.changes[0]\'', 'gptlineage impact origin-cot-code-training --as-of 2022-12-11']))
    .action((id: string, _opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/impact.js')).impactCommand(ctx, id)));

  program
    .command('graph')
    .description('the whole lineage as a picture, or as W3C PROV')
    .addOption(new Option('--format <format>', 'Mermaid (default), Graphviz DOT, or PROV-O Turtle').choices(['mermaid', 'dot', 'prov']))
    .addHelpText('after', examples(['gptlineage graph > lineage.mmd', 'gptlineage graph --format dot | dot -Tpng > lineage.png', 'gptlineage graph --format prov > lineage.ttl']))
    .action((opts: object, cmd: Command) => runner(cmd, async (ctx) => (await import('../commands/graph.js')).graphCommand(ctx, opts)));
}

/** `model`, `Models` and `models` all mean models. */
function listKind(value: string): string {
  const k = value.trim().toLowerCase();
  const kind = SECTIONS.find((s) => s === k || KIND_OF_SECTION[s] === k);
  if (!kind) throw new InvalidArgumentError(`choose one of ${SECTIONS.join(', ')}`);
  return kind;
}

function depth(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number of derivations, 0 or more');
  return n;
}
