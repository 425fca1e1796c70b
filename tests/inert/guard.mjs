// Loaded with `node --import` before the CLI: every way to open a network connection or start a
// process throws, and each attempt is recorded in GPTLINEAGE_GUARD_LOG (the CLI might catch the
// throw; the log still tells). Builtins are patched on their module objects, then the ESM named
// exports are re-synced, so both `require('node:net')` and `import { connect }` see the guard.
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const log = process.env.GPTLINEAGE_GUARD_LOG;

function forbid(object, name, label) {
  if (typeof object?.[name] !== 'function') return;
  object[name] = function guarded() {
    if (log) appendFileSync(log, `${label}\n`);
    throw new Error(`guard: ${label} is forbidden in gptlineage`);
  };
}

const net = require('node:net');
for (const name of ['connect', 'createConnection', 'createServer']) forbid(net, name, `net.${name}`);
forbid(net.Socket.prototype, 'connect', 'net.Socket#connect');
forbid(require('node:tls'), 'connect', 'tls.connect');
for (const mod of ['node:http', 'node:https', 'node:http2']) for (const name of ['request', 'get', 'connect', 'createServer']) forbid(require(mod), name, `${mod}.${name}`);
const dgram = require('node:dgram');
forbid(dgram, 'createSocket', 'dgram.createSocket');
const dns = require('node:dns');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) forbid(dns, name, `dns.${name}`);
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) forbid(childProcess, name, `child_process.${name}`);
const workers = require('node:worker_threads');
workers.Worker = new Proxy(workers.Worker, {
  construct() {
    if (log) appendFileSync(log, 'worker_threads.Worker\n');
    throw new Error('guard: worker threads are forbidden in gptlineage');
  },
});
forbid(globalThis, 'fetch', 'fetch');
syncBuiltinESMExports();
