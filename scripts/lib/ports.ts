import net from 'node:net';

/** Resolves true when nothing listens on host:port, so a child can bind it. */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** An ephemeral port the OS considers free right now (for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  if (!(await isPortFree(port))) {
    throw new StartError(
      `Port ${port} for ${what} is taken. Another run may still be going (stop it), ` +
        `or choose another port with ${variable}.`,
    );
  }
}

/** A start failure with a message meant for the person at the terminal. */
export class StartError extends Error {
  override name = 'StartError';
}

export async function waitFor(
  check: () => Promise<boolean>,
  { timeoutMs, intervalMs = 200, what }: { timeoutMs: number; intervalMs?: number; what: string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new StartError(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
}
