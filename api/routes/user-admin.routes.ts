import { z } from 'zod';
import { LOCALES, loadAccess, TeamSchema } from '../../domain/access/index.ts';
import { inboxRooms } from '../../domain/processes/index.ts';
import { getAccount, handOverWork, holdingsOf, listAccounts, presentAccount, reassignClients, updateAccount } from '../../domain/staff/index.ts';
import type { ApiContext } from '../context.ts';
import { defineRoute } from '../route.ts';
import { accountSheets } from '../exports/accounts.sheets.ts';
import { labelsFor } from '../exports/labels.ts';
import { formatParam, sendWorkbook, wantsXlsx } from '../exports/workbook.ts';
import { idParams } from './clients/http.ts';

const admins = { roles: ['admin'] };
const tags = ['access'];

const accountSchema = z
  .object({
    id: z.number().int(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(z.string()),
    teamId: z.number().int().nullable(),
    locale: z.string().nullable(),
    active: z.boolean(),
    lockVersion: z.number().int(),
  })
  .meta({ id: 'UserAccount' });

const holdingsSchema = z
  .object({ openTasks: z.number().int(), clients: z.number().int(), openDeals: z.number().int() })
  .meta({ id: 'UserHoldings', description: 'What the colleague still owns: open inbox tasks, live clients, open deals' });

const accountPatchSchema = z
  .strictObject({
    displayName: z.string().trim().min(1).max(200).optional(),
    roleCodes: z.array(z.string().min(1).max(50)).min(1, 'Pick at least one role').max(10).optional(),
    teamId: z.number().int().positive().nullable().optional(),
    locale: z.enum(LOCALES).nullable().optional(),
    active: z.boolean().optional(),
    lockVersion: z.number().int().min(1),
  })
  .meta({ id: 'UserAccountPatch' });

/** Administrators manage colleagues' accounts: edit, deactivate, reactivate, hand clients over. */
export function userAdminRoutes(ctx: ApiContext) {
  return [
    defineRoute({
      method: 'get',
      path: '/users/accounts',
      summary: 'Every account, deactivated ones too, with team, language and version (admins)',
      tags,
      access: admins,
      query: z.object({
        search: z.string().max(100).optional(),
        active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
        ...formatParam,
      }),
      responses: { 200: { description: 'Accounts, active first, by name (with format=xlsx: as a workbook)', schema: z.object({ items: z.array(accountSchema) }) }, 403: { description: 'Admins only' } },
      async handle({ em, query, req, res, user }) {
        const items = await listAccounts(em, query);
        if (wantsXlsx(req, query.format)) {
          const teams = await em.find(TeamSchema, {}, { fields: ['id', 'name'] });
          return sendWorkbook(res, 'users', accountSheets(items, new Map(teams.map((t) => [t.id, t.name])), labelsFor(req, user)));
        }
        return { body: { items } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/users/:id',
      summary: 'One account and what the colleague still owns (admins)',
      tags,
      access: admins,
      params: idParams,
      responses: {
        200: { description: 'The account', schema: z.object({ account: accountSchema, holdings: holdingsSchema }) },
        403: { description: 'Admins only' },
        404: { description: 'No such user' },
      },
      async handle({ em, params }) {
        const user = await getAccount(em, params.id);
        return { body: { account: presentAccount(user), holdings: await holdingsOf(em, user.id) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/users/:id',
      summary: 'Edit an account: name, roles, team, language; deactivate or reactivate (admins). A deactivated user is logged out everywhere at once.',
      tags,
      access: admins,
      params: idParams,
      body: accountPatchSchema,
      responses: {
        200: { description: 'Saved', schema: accountSchema },
        403: { description: 'Admins only' },
        404: { description: 'No such user' },
        409: { description: 'Changed by someone else (`conflict.stale_version`), the last active administrator (`user.last_admin`), or your own account (`user.cannot_deactivate_self`)' },
        422: { description: 'Unknown role, team or language' },
      },
      async handle({ em, user, params, body }) {
        const account = await updateAccount(em, user.id, params.id, body);
        // The next request of that session already answers 401; live sockets are cut here.
        if (!account.active) ctx.disconnectUser?.(account.id);
        return { body: account };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users/:id/reassign-clients',
      summary: "Hand all of a colleague's live clients to another active colleague (admins; the client base's bulk assign, recorded in each client's history)",
      tags,
      access: admins,
      params: idParams,
      body: z.strictObject({ toUserId: z.number().int().positive() }),
      responses: {
        200: { description: 'How many clients changed hands', schema: z.object({ updated: z.number().int() }) },
        403: { description: 'Admins only' },
        422: { description: 'Unknown, deactivated or same colleague' },
      },
      async handle({ em, user, params, body }) {
        return { body: await reassignClients(em, await loadAccess(em, user), params.id, body.toUserId) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/users/:id/hand-over-work',
      summary: "Hand a colleague's open tasks (delegated, in each process's log) and open deals (responsible changed, in each deal's history) to another active colleague (admins)",
      tags,
      access: admins,
      params: idParams,
      body: z.strictObject({ toUserId: z.number().int().positive() }),
      responses: {
        200: { description: 'How many tasks and deals changed hands', schema: z.object({ tasks: z.number().int(), deals: z.number().int() }) },
        403: { description: 'Admins only' },
        422: { description: 'Unknown, deactivated or same colleague' },
      },
      async handle({ em, user, params, body }) {
        const { tasks, deals } = await handOverWork(em, await loadAccess(em, user), params.id, body.toUserId);
        // Both inboxes follow at once: the task leaves the leaver's and arrives in the heir's.
        for (const task of tasks) ctx.push?.(inboxRooms(task, [params.id]), 'inbox.changed', { taskId: task.id, reason: 'delegated' });
        return { body: { tasks: tasks.length, deals } };
      },
    }),
  ];
}
