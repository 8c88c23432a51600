import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The remote system behind the service tasks: applies each idempotency key once, as a real
 * receiver of our Idempotency-Key header does, and remembers every key per instance and step
 * so the bench can prove that no side effect was doubled.
 */
export class OrderSystem {
  requests = 0;
  readonly keysByStep = new Map<string, Set<string>>();
  readonly server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      this.requests++;
      const key = String(req.headers['idempotency-key']);
      // Key = <workflowId>/<node>/<token>/<visit>: group by instance and node.
      const step = key.split('/').slice(0, 2).join('/');
      if (!this.keysByStep.has(step)) this.keysByStep.set(step, new Set());
      this.keysByStep.get(step)!.add(key);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });

  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Steps that received more than one distinct key: a doubled side effect. */
  doubled(): string[] {
    return [...this.keysByStep].filter(([, keys]) => keys.size > 1).map(([step]) => step);
  }

  close() {
    this.server.close();
  }
}
