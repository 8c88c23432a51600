import fs from 'node:fs';
import { temporalAddress, type Settings } from './index.ts';

/** Connection options shared by the API's client and the worker's native connection. */
export interface TemporalTarget {
  address: string;
  namespace: string;
  taskQueue: string;
  tls?: { clientCertPair?: { crt: Buffer; key: Buffer }; serverRootCACertificate?: Buffer };
  apiKey?: string;
}

export function temporalTarget(settings: Settings): TemporalTarget {
  const tlsWanted = settings.TEMPORAL_TLS || Boolean(settings.TEMPORAL_TLS_CERT) || Boolean(settings.TEMPORAL_API_KEY);
  return {
    address: temporalAddress(settings),
    namespace: settings.TEMPORAL_NAMESPACE,
    taskQueue: settings.TEMPORAL_TASK_QUEUE,
    apiKey: settings.TEMPORAL_API_KEY,
    tls: tlsWanted
      ? {
          clientCertPair:
            settings.TEMPORAL_TLS_CERT && settings.TEMPORAL_TLS_KEY
              ? { crt: fs.readFileSync(settings.TEMPORAL_TLS_CERT), key: fs.readFileSync(settings.TEMPORAL_TLS_KEY) }
              : undefined,
          serverRootCACertificate: settings.TEMPORAL_TLS_CA ? fs.readFileSync(settings.TEMPORAL_TLS_CA) : undefined,
        }
      : undefined,
  };
}
