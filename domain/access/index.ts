export { UserSchema, type User } from './user.entity.ts';
export { RoleSchema, type Role, type RolePermission } from './role.entity.ts';
export { TeamSchema, type Team } from './team.entity.ts';
export {
  authenticate,
  countUsers,
  createUser,
  rolesByCode,
  ensureFirstAdmin,
  findUserWithRoles,
  setUserLocale,
  setUserTimeZone,
  adoptTimeZone,
  isTimeZone,
  type NewUser,
} from './users.service.ts';
export { inLocale, localeOf, LOCALES, type Locale, type Phrase } from './locale.ts';
export { abilityFor, roleGrants, scopeOf, scopes, type Action, type AppAbility, type Scope, type Subject } from './abilities.ts';
export { loadAccess, requireScope, scopeCondition, type Access, type SqlCondition } from './access.service.ts';
export { assignUserTeam, createTeam, getTeam, listTeams, updateTeam } from './teams.service.ts';
export { changeAuthor, processAccess } from './process-actor.ts';
export { visibleUsers, type DirectoryEntry } from './directory.service.ts';
