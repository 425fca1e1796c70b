/** A minimal LSP client over stdio: enough to open YAML files in yaml-language-server and collect its diagnostics. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  message: string;
  severity?: number;
  range: { start: { line: number; character: number } };
}

/** Open each file in the server and return the diagnostics it publishes for each, keyed by path. */
export async function yamlDiagnostics(server: string, files: string[], timeoutMs = 20_000): Promise<Record<string, Diagnostic[]>> {
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const pending = new Map(files.map((f) => [pathToFileURL(f).href, f]));
  const result: Record<string, Diagnostic[]> = {};
  let id = 0;
  const send = (msg: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no diagnostics for ${[...pending.values()].join(', ')}`)), timeoutMs);
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const header = buffer.indexOf('\r\n\r\n');
        if (header < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())?.[1]);
        if (buffer.length < header + 4 + length) return;
        const msg = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
        buffer = buffer.subarray(header + 4 + length);
        // The server asks for its settings: validation on, schemas only from the modelines.
        if (msg.method === 'workspace/configuration') send({ id: msg.id, result: msg.params.items.map(() => ({ validate: true, schemaStore: { enable: false } })) });
        else if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
        if (msg.method === 'textDocument/publishDiagnostics' && pending.has(msg.params.uri)) {
          result[pending.get(msg.params.uri)!] = msg.params.diagnostics;
          pending.delete(msg.params.uri);
          if (pending.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        }
      }
    });
  });
  send({ id: ++id, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } } });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } } });
  for (const f of files) send({ method: 'textDocument/didOpen', params: { textDocument: { uri: pathToFileURL(f).href, languageId: 'yaml', version: 1, text: readFileSync(f, 'utf8') } } });
  try {
    await done;
  } finally {
    child.kill();
  }
  return result;
}
