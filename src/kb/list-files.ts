/** Find the knowledge files behind each path given: a file as is, a directory's *.yaml files recursively. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { issue, type KbIssue } from './issues.js';
import { fileProblem } from './read-text.js';

export interface KnowledgeFileRef {
  path: string;
  /** How the file is named in messages. */
  display: string;
}

/** `base` is the directory display names are relative to (the package root for bundled knowledge, else the cwd). */
export function listKnowledgeFiles(input: string, base: string): { files: KnowledgeFileRef[]; issues: KbIssue[] } {
  const display = (p: string) => displayPath(p, base);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(input).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file or directory; check the --kb path or GPTLINEAGE_KB' : `cannot read it (${code})`;
    return { files: [], issues: [issue(code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE', message, { file: display(input) })] };
  }
  if (!isDirectory) return checkFiles([input], display);
  let names: string[];
  try {
    names = findYamlFiles(input);
  } catch (error) {
    return { files: [], issues: [issue('FILE_UNREADABLE', `cannot list the directory (${(error as NodeJS.ErrnoException).code}); check its permissions`, { file: display(input) })] };
  }
  const paths = names.map((n) => join(input, n));
  if (paths.length === 0) {
    return { files: [], issues: [issue('NO_KNOWLEDGE_FILES', 'the directory holds no *.yaml knowledge files', { file: display(input) })] };
  }
  return checkFiles(paths, display);
}

/**
 * The *.yaml files under `dir`, as sorted relative names. Symlinked directories are not followed:
 * Node's own recursive readdir follows them, and two links to `.` make that walk exponential.
 */
export function findYamlFiles(dir: string): string[] {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const name = rel === '' ? entry.name : join(rel, entry.name);
      if (entry.isDirectory()) pending.push(name);
      else if (/\.ya?ml$/.test(entry.name)) found.push(name);
    }
  }
  return found.sort();
}

/** Keep the paths that can be read as knowledge; report the others (pipes, devices, oversized files) without opening them. */
function checkFiles(paths: string[], display: (p: string) => string): { files: KnowledgeFileRef[]; issues: KbIssue[] } {
  const files: KnowledgeFileRef[] = [];
  const issues: KbIssue[] = [];
  for (const path of paths) {
    const problem = fileProblem(path, display(path));
    if (problem) issues.push(problem);
    else files.push({ path, display: display(path) });
  }
  return { files, issues };
}

/** Relative to `base` when inside it, else absolute. */
export function displayPath(path: string, base: string): string {
  const rel = relative(base, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
