// The package as users get it: `npm pack` of the built checkout (--ignore-scripts: the dist/
// already built is what gets measured), installed with `npm install -g` into a temporary prefix,
// offline (the package has no dependencies to fetch).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function npm(args, cwd) {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });
  if (r.status !== 0) throw new Error(`npm ${args[0]} failed: ${(r.error?.message ?? r.stderr).trim().split('\n').slice(-3).join(' ')}`);
  return r.stdout;
}

/** Install the checkout at `root`; the installed command's path, and a dispose(). */
export function installPackage(root) {
  const dir = mkdtempSync(join(tmpdir(), 'gptlineage-bench-install-'));
  try {
    const [packed] = JSON.parse(npm(['pack', root, '--ignore-scripts', '--json', '--pack-destination', dir], dir));
    npm(['install', '-g', '--offline', '--prefix', join(dir, 'prefix'), join(dir, packed.filename)], dir);
    return { bin: join(dir, 'prefix', 'bin', 'gptlineage'), tarball: packed.filename, tarballKb: Math.round(packed.size / 1024), dispose: () => rmSync(dir, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
