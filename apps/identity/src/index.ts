export { IdentityModule, identityContext } from './identity.module';
export { StaffAccounts, type OpenedStaffAccount } from './staff/staff-accounts.handler';
export { STAFF_USERNAME } from './staff/staff.request';
