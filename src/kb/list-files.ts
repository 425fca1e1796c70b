/** Find the knowledge files behind each path given: a file as is, a directory's *.yaml files recursively. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { issue, type KbIssue } from './issues.js';

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
  if (!isDirectory) return { files: [{ path: input, display: display(input) }], issues: [] };
  let names: string[];
  try {
    names = readdirSync(input, { recursive: true }).map(String);
  } catch (error) {
    return { files: [], issues: [issue('FILE_UNREADABLE', `cannot list the directory (${(error as NodeJS.ErrnoException).code}); check its permissions`, { file: display(input) })] };
  }
  const files = names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(input, n))
    .map((p) => ({ path: p, display: display(p) }));
  if (files.length === 0) {
    return { files, issues: [issue('NO_KNOWLEDGE_FILES', 'the directory holds no *.yaml knowledge files', { file: display(input) })] };
  }
  return { files, issues: [] };
}

/** Relative to `base` when inside it, else absolute. */
export function displayPath(path: string, base: string): string {
  const rel = relative(base, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
