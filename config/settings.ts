import { z } from 'zod';
import { knownTimeZone } from './time-zone.ts';

/**
 * Every setting the platform reads from the environment. Defaults are the embedded
 * ones (`npm start` on a laptop); setting DATABASE_URL or TEMPORAL_ADDRESS switches that
 * part to an external server and nothing embedded is started for it.
 */
const port = z.coerce.number().int().min(1).max(65535);
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const settingsSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    DATA_DIR: z.string().min(1).default('./data'),

    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    EMBEDDED_PG_PORT: port.default(5433),
    DATABASE_DEBUG: flag.default(false),

    TEMPORAL_ADDRESS: z.string().regex(/^[^:\s]+:\d+$/, 'host:port').optional(),
    TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
    TEMPORAL_TASK_QUEUE: z.string().min(1).default('crm'),
    TEMPORAL_TLS: flag.default(false),
    TEMPORAL_TLS_CERT: z.string().optional(),
    TEMPORAL_TLS_KEY: z.string().optional(),
    TEMPORAL_TLS_CA: z.string().optional(),
    TEMPORAL_API_KEY: z.string().optional(),
    EMBEDDED_TEMPORAL_PORT: port.default(7233),
    EMBEDDED_TEMPORAL_UI_PORT: port.default(8233),

    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Process CRM <crm@localhost>'),

    WORKFLOW_STACK_TRACES: flag.default(false),

    JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
    SESSION_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
    CRM_ADMIN_EMAIL: z.email().optional(),
    CRM_ADMIN_PASSWORD: z.string().min(8, 'at least 8 characters').optional(),
    /** The zone every user starts with (IANA name); unset: the browser's zone at their first login. */
    CRM_TIME_ZONE: z.string().refine(knownTimeZone, 'an IANA time zone such as Europe/Kyiv').optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'required in production' });
    }
    if (Boolean(env.CRM_ADMIN_EMAIL) !== Boolean(env.CRM_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.CRM_ADMIN_EMAIL ? 'CRM_ADMIN_PASSWORD' : 'CRM_ADMIN_EMAIL'],
        message: 'CRM_ADMIN_EMAIL and CRM_ADMIN_PASSWORD are set together',
      });
    }
    if (Boolean(env.TEMPORAL_TLS_CERT) !== Boolean(env.TEMPORAL_TLS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['TEMPORAL_TLS_KEY'],
        message: 'TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY are set together',
      });
    }
  });

export type Settings = z.infer<typeof settingsSchema>;
