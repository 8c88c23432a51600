import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** A role grants permissions; row-level scope (own / team / all) rides on each permission. */
export const RoleSchema = defineEntity({
  name: 'Role',
  tableName: 'role',
  properties: {
    id: p.integer().primary().autoincrement(),
    code: p.string().length(64).unique(),
    name: p.string().length(200),
    /** CASL-style rules: `[{ action, subject, scope? }]`, interpreted by the access module. */
    permissions: p.json<RolePermission[]>().default('[]' as never),
    version: p.integer().version(),
  },
});

export interface RolePermission {
  action: string;
  subject: string;
  scope?: 'own' | 'team' | 'all';
}

export type Role = InferEntity<typeof RoleSchema>;
