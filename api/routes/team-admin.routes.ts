import { z } from 'zod';
import { addMember, removeMember, teamMembers, teamOverview } from '../../domain/staff/index.ts';
import { defineRoute } from '../route.ts';
import { idParams } from './clients/http.ts';

const admins = { roles: ['admin'] };
const tags = ['access'];

const overviewSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    headId: z.number().int().nullable(),
    headName: z.string().nullable(),
    memberCount: z.number().int(),
    lockVersion: z.number().int(),
  })
  .meta({ id: 'TeamOverview' });

const memberSchema = z.object({ id: z.number().int(), displayName: z.string(), email: z.string(), active: z.boolean() }).meta({ id: 'TeamMember' });

const membersAnswer = z.object({ team: overviewSchema.pick({ id: true, name: true, headId: true, lockVersion: true }), members: z.array(memberSchema) });

async function membersBody(em: Parameters<typeof teamMembers>[0], id: number) {
  const { team, members } = await teamMembers(em, id);
  return { team: { id: team.id, name: team.name, headId: team.headId ?? null, lockVersion: team.version }, members };
}

/** The Teams screen: teams with heads and sizes, members in and out (a person is in one team at most). */
export function teamAdminRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/teams/overview',
      summary: "Teams with their head's name and number of active members (admins)",
      tags,
      access: admins,
      responses: { 200: { description: 'Teams by name', schema: z.object({ items: z.array(overviewSchema) }) }, 403: { description: 'Admins only' } },
      async handle({ em }) {
        return { body: { items: await teamOverview(em) } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/teams/:id/members',
      summary: 'Members of a team, deactivated ones marked (admins)',
      tags,
      access: admins,
      params: idParams,
      responses: { 200: { description: 'The team and its members', schema: membersAnswer }, 403: { description: 'Admins only' }, 404: { description: 'No such team' } },
      async handle({ em, params }) {
        return { body: await membersBody(em, params.id) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/teams/:id/members',
      summary: 'Put a colleague in the team; one already in another team moves only with `move: true` (admins)',
      tags,
      access: admins,
      params: idParams,
      body: z.strictObject({ userId: z.number().int().positive(), move: z.boolean().default(false) }),
      responses: {
        200: { description: 'The team and its members', schema: membersAnswer },
        403: { description: 'Admins only' },
        404: { description: 'No such team' },
        409: { description: 'In another team: `errors[0].params.teamName` names it; send `move: true` to move' },
        422: { description: 'No such user' },
      },
      async handle({ em, params, body }) {
        await addMember(em, params.id, body.userId, body.move);
        return { body: await membersBody(em, params.id) };
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/teams/:id/members/:userId',
      summary: 'Take a colleague out of the team (admins)',
      tags,
      access: admins,
      params: z.object({ id: idParams.shape.id, userId: idParams.shape.id }),
      responses: {
        200: { description: 'The team and its members', schema: membersAnswer },
        403: { description: 'Admins only' },
        404: { description: 'No such team, or not a member' },
      },
      async handle({ em, params }) {
        await removeMember(em, params.id, params.userId);
        return { body: await membersBody(em, params.id) };
      },
    }),
  ];
}
