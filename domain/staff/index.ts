export { getAccount, listAccounts, presentAccount, updateAccount, type Account, type AccountPatch } from './accounts.service.ts';
export { holdingsOf, type Holdings } from './holdings.service.ts';
export { handOverWork, reassignClients } from './reassign.service.ts';
export { addMember, removeMember, teamMembers, teamOverview, type TeamMember, type TeamOverview } from './team-members.service.ts';
