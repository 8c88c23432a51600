import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { RoleSchema } from './role.entity.ts';

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.integer().primary().autoincrement(),
    email: p.string().length(320).unique(),
    displayName: p.string().length(200),
    passwordHash: p.string().length(255).hidden().lazy(),
    /** The UI language the user picked (one of LOCALES); null until they pick one. */
    locale: p.string().length(8).nullable(),
    /** The IANA time zone notices and the UI show times in; null until the first login sets it. */
    timeZone: p.string().length(64).nullable(),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    /** Team for the "team" scope; set through the teams admin API. */
    teamId: p.integer().nullable(),
    version: p.integer().version(),
    roles: () => p.manyToMany(RoleSchema).pivotTable('user_role'),
  },
});

export type User = InferEntity<typeof UserSchema>;
