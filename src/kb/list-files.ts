/**
 * Find the knowledge files behind each path given: a file as is, a directory's *.yaml and *.yml
 * files (any case) recursively. Inside a directory, a symlinked file must stay inside it: a
 * shared pack (a git clone keeps symlinks) cannot make the tool read files elsewhere.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute, sep } from 'node:path';
import { issue, type KbIssue } from './issues.js';
import { fileProblem, pseudoFilesystem } from './read-text.js';

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
  const pseudo = pseudoFilesystem(input); // walking /proc or /sys reads thousands of kernel directories, some vanishing mid-walk
  if (pseudo) return { files: [], issues: [issue('FILE_UNREADABLE', `a directory of the kernel's ${pseudo}, not a knowledge pack; give a directory of YAML files`, { file: display(input) })] };
  let names: string[];
  const links = new Set<string>();
  try {
    names = findYamlFiles(input, links);
  } catch (error) {
    return { files: [], issues: [issue('FILE_UNREADABLE', `cannot list the directory (${(error as NodeJS.ErrnoException).code}); check its permissions`, { file: display(input) })] };
  }
  const paths = names.map((n) => join(input, n));
  if (paths.length === 0) {
    return { files: [], issues: [issue('NO_KNOWLEDGE_FILES', 'the directory holds no *.yaml or *.yml knowledge files', { file: display(input) })] };
  }
  return checkFiles(paths, display, insideOf(input, new Set([...links].map((n) => join(input, n)))));
}

/** Whether a path resolves inside `dir`; only `links` (symlinked entries) can lead out, since directories are not followed. */
function insideOf(dir: string, links: Set<string>): (path: string) => boolean {
  let root: string | undefined;
  return (path) => {
    if (!links.has(path)) return true;
    try {
      root ??= realpathSync(dir);
      const real = realpathSync(path);
      return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
    } catch {
      return true; // missing or looping: fileProblem reports it
    }
  };
}

/**
 * The *.yaml and *.yml files under `dir` (any case), as sorted relative names; the symlinked ones
 * are also added to `links`. Symlinked directories are not followed: Node's own recursive readdir
 * follows them, and two links to `.` make that walk exponential.
 */
export function findYamlFiles(dir: string, links?: Set<string>): string[] {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const rel = pending.pop()!;
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const name = rel === '' ? entry.name : join(rel, entry.name);
      if (entry.isDirectory()) pending.push(name);
      else if (/\.ya?ml$/i.test(entry.name)) {
        found.push(name);
        if (entry.isSymbolicLink()) links?.add(name);
      }
    }
  }
  return found.sort();
}

/** Keep the paths that can be read as knowledge; report the others (pipes, devices, oversized files, links out) without opening them. */
function checkFiles(paths: string[], display: (p: string) => string, inside = (_: string) => true): { files: KnowledgeFileRef[]; issues: KbIssue[] } {
  const files: KnowledgeFileRef[] = [];
  const issues: KbIssue[] = [];
  for (const path of paths) {
    const problem = inside(path) ? fileProblem(path, display(path)) : linkOut(display(path));
    if (problem) issues.push(problem);
    else files.push({ path, display: display(path) });
  }
  return { files, issues };
}

function linkOut(display: string): KbIssue {
  return issue('FILE_UNREADABLE', 'a symbolic link to a file outside the pack directory; copy the file into the pack, or give it with its own --kb', { file: display });
}

/** Relative to `base` when inside it, else absolute. */
export function displayPath(path: string, base: string): string {
  const rel = relative(base, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
