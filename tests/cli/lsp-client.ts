/**
 * A minimal Language Server Protocol client over stdio, enough to open documents in the real
 * `yaml-language-server` and collect the diagnostics it publishes (tests/cli/editor.test.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

export interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity?: number;
}

export class LspClient {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly published = new Map<string, LspDiagnostic[][]>();
  private readonly waiters: (() => void)[] = [];

  constructor(
    serverJs: string,
    private readonly settings: unknown,
  ) {
    this.child = spawn(process.execPath, [serverJs, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.receive(chunk));
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }), "utf8");
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1],
      );
      if (this.buffer.length < headerEnd + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8"));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(msg);
    }
  }

  private handle(msg: { id?: number; method?: string; params?: any; result?: unknown }): void {
    if (msg.method === "textDocument/publishDiagnostics") {
      const list = this.published.get(msg.params.uri) ?? [];
      list.push(msg.params.diagnostics);
      this.published.set(msg.params.uri, list);
      this.waiters.splice(0).forEach((w) => w());
    } else if (msg.method === "workspace/configuration" && msg.id !== undefined) {
      // One answer per requested section: the yaml settings for "yaml", nothing else.
      const items = (msg.params.items as { section?: string }[]).map((i) =>
        i.section === "yaml" ? (this.settings as { yaml: unknown }).yaml : null,
      );
      this.send({ id: msg.id, result: items });
    } else if (msg.method !== undefined && msg.id !== undefined) {
      this.send({ id: msg.id, result: null }); // client/registerCapability and the like
    } else if (msg.id !== undefined) {
      this.pending.get(msg.id)?.(msg.result);
      this.pending.delete(msg.id);
    }
  }

  request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  /** The first publication for `uri` that satisfies `ok` (the server may publish [] first). */
  async diagnostics(
    uri: string,
    ok: (d: LspDiagnostic[]) => boolean,
    timeoutMs = 60_000,
  ): Promise<LspDiagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.published.get(uri) ?? []).find(ok);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`pas de diagnostics pour ${uri} : ${JSON.stringify(this.published.get(uri))}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 500);
      });
    }
  }

  close(): void {
    this.child.kill();
  }
}
