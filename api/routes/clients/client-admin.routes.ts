import { z } from 'zod';
import { assignUserTeam, createTeam, listTeams, loadAccess, requireScope, updateTeam, type Team } from '../../../domain/access/index.ts';
import {
  completenessReport,
  completenessSettings,
  createLegalEntity,
  dossierOf,
  getCompletenessSettings,
  listLegalEntities,
  setCompletenessSettings,
} from '../../../domain/clients/index.ts';
import { DomainError } from '../../../domain/errors.ts';
import { defineRoute } from '../../route.ts';
import { contactSchema, presentContact, presentRelation, relationSchema } from './contact.routes.ts';
import { counterpartySchema, presentCounterparty } from './counterparty.present.ts';
import { filterQuery } from './counterparty.routes.ts';
import { etag, idParams, requiredIfMatch } from './http.ts';

const admins = { roles: ['admin'] };
const presentTeam = (t: Team) => ({ id: t.id, name: t.name, headId: t.headId ?? null, lockVersion: t.version });
const teamSchema = z.object({ id: z.number().int(), name: z.string(), headId: z.number().int().nullable(), lockVersion: z.number().int() }).meta({ id: 'Team' });
const timelineEntrySchema = z
  .object({
    source: z.string().meta({ description: 'Which source produced it: `change`, `process`, `task`, …' }),
    id: z.string().meta({ description: 'Stable within the source, e.g. `change:42`' }),
    at: z.iso.datetime(),
    title: z.string(),
    actorId: z.number().int().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'TimelineEntry' });
const dossierSchema = z
  .object({ counterparty: counterpartySchema, contacts: z.array(contactSchema), relations: z.array(relationSchema), timeline: z.array(timelineEntrySchema) })
  .meta({ id: 'Dossier' });
const teamName = z.string().trim().min(1).max(200);
const completenessReportSchema = z
  .object({
    total: z.number().int(),
    averageScore: z.number().int(),
    fields: z.array(z.object({ field: z.string(), level: z.enum(['required', 'desirable']), missing: z.number().int() })).meta({ description: 'Most missed first' }),
    byResponsible: z.array(z.object({ responsibleId: z.number().int().nullable(), total: z.number().int(), incomplete: z.number().int().meta({ description: 'Missing a required field' }), averageScore: z.number().int() })),
  })
  .meta({ id: 'CompletenessReport' });
const legalEntitySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    taxId: z.string().nullable(),
    registrationId: z.string().nullable(),
    address: z.string().nullable(),
    vatPayer: z.boolean(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'LegalEntity' });

export function clientAdminRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/counterparties/:id/dossier',
      summary: 'Card, contacts, relations and the timeline of everything linked (changes, processes, tasks, …)',
      tags: ['clients'],
      access: 'user',
      params: idParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) }),
      responses: { 200: { description: 'The dossier', schema: dossierSchema }, 404: { description: 'No such counterparty, or not within your reach' } },
      async handle({ em, user, params, query }) {
        const d = await dossierOf(em, await loadAccess(em, user), params.id, query.limit);
        const { settings } = await getCompletenessSettings(em);
        return {
          body: {
            counterparty: presentCounterparty(d.counterparty, settings),
            contacts: d.contacts.map(presentContact),
            relations: d.relations.map(presentRelation),
            timeline: d.timeline.map((e) => ({ ...e, at: e.at.toISOString() })),
          },
          headers: { etag: etag(d.counterparty.version) },
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/reports/client-completeness',
      summary: 'Which fields are missing most, and for which responsible, over the counterparties you may see',
      tags: ['clients'],
      access: 'user',
      query: z.object(filterQuery),
      responses: { 200: { description: 'The report', schema: completenessReportSchema } },
      async handle({ em, user, query }) {
        return { body: await completenessReport(em, await loadAccess(em, user), query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/settings/completeness',
      summary: 'Required and desirable fields for the completeness score',
      tags: ['clients'],
      access: 'user',
      responses: { 200: { description: 'The settings (ETag for If-Match)', schema: completenessSettings } },
      async handle({ em }) {
        const { settings, version } = await getCompletenessSettings(em);
        return { body: settings, headers: { etag: etag(version) } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/settings/completeness',
      summary: 'Set required and desirable fields (admins; needs If-Match)',
      tags: ['clients'],
      access: admins,
      body: completenessSettings,
      responses: { 200: { description: 'Saved', schema: completenessSettings }, 403: { description: 'Admins only' }, 409: { description: 'Changed since you read it (`conflict.stale_version`), or the name is taken' }, 428: { description: 'If-Match is required' } },
      async handle({ em, user, body, req }) {
        const expected = requiredIfMatch(req);
        const saved = await setCompletenessSettings(em, await loadAccess(em, user), body, expected);
        return { body: saved.settings, headers: { etag: etag(saved.version) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/legal-entities',
      summary: 'Our own companies (accounting side), kept apart from counterparties',
      tags: ['clients'],
      access: 'user',
      responses: { 200: { description: 'Legal entities', schema: z.object({ items: z.array(legalEntitySchema) }) } },
      async handle({ em, user }) {
        return { body: { items: await listLegalEntities(em, await loadAccess(em, user)) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/legal-entities',
      summary: 'Add one of our own companies (admins)',
      tags: ['clients'],
      access: admins,
      body: z.strictObject({
        name: z.string().trim().min(1).max(300),
        taxId: z.string().trim().max(20).nullable().optional(),
        registrationId: z.string().trim().max(40).nullable().optional(),
        address: z.string().trim().max(500).nullable().optional(),
        vatPayer: z.boolean().optional(),
      }),
      responses: { 201: { description: 'Created', schema: legalEntitySchema }, 403: { description: 'Admins only' }, 422: { description: 'Invalid fields' } },
      async handle({ em, user, body }) {
        return { status: 201, body: await createLegalEntity(em, await loadAccess(em, user), body) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/teams',
      summary: 'Sales teams with their heads',
      tags: ['access'],
      access: 'user',
      responses: { 200: { description: 'Teams', schema: z.object({ items: z.array(teamSchema) }) } },
      async handle({ em, user }) {
        requireScope(await loadAccess(em, user), 'read', 'Team');
        return { body: { items: (await listTeams(em)).map(presentTeam) } };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/teams',
      summary: 'Create a team (admins)',
      tags: ['access'],
      access: admins,
      body: z.strictObject({ name: teamName, headId: z.number().int().positive().nullable().optional() }),
      responses: { 201: { description: 'Created', schema: teamSchema }, 409: { description: 'Name taken' }, 422: { description: 'Unknown head' } },
      async handle({ em, body }) {
        const team = await createTeam(em, body);
        return { status: 201, body: presentTeam(team), headers: { etag: etag(team.version) } };
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/teams/:id',
      summary: 'Rename a team or change its head (admins; needs If-Match)',
      tags: ['access'],
      access: admins,
      params: idParams,
      body: z.strictObject({ name: teamName.optional(), headId: z.number().int().positive().nullable().optional() }),
      responses: { 200: { description: 'Updated', schema: teamSchema }, 404: { description: 'No such team' }, 409: { description: 'Changed since you read it (`conflict.stale_version`), or the name is taken' }, 428: { description: 'If-Match is required' } },
      async handle({ em, params, body, req }) {
        const team = await updateTeam(em, params.id, body, requiredIfMatch(req));
        return { body: presentTeam(team), headers: { etag: etag(team.version) } };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/users/:id/team',
      summary: 'Put a user in a team, or take them out with null (admins)',
      tags: ['access'],
      access: admins,
      params: idParams,
      body: z.strictObject({ teamId: z.number().int().positive().nullable() }),
      responses: { 200: { description: 'The user and their team' }, 404: { description: 'No such user' }, 422: { description: 'No such team' } },
      async handle({ em, params, body }) {
        const u = await assignUserTeam(em, params.id, body.teamId);
        if (!u) throw new DomainError('user.not_found', 'No such user', 404);
        return { body: { id: u.id, displayName: u.displayName, teamId: u.teamId ?? null } };
      },
    }),
  ];
}
