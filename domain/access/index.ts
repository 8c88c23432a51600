export { UserSchema, type User } from './user.entity.ts';
export { RoleSchema, type Role, type RolePermission } from './role.entity.ts';
export {
  authenticate,
  countUsers,
  createUser,
  ensureFirstAdmin,
  findUserWithRoles,
  type NewUser,
} from './users.service.ts';
