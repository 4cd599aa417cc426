export { listCouncilUsers, type CouncilUser } from "./list-council-users";
export { inviteCouncilUser, changeCouncilUserRoles, deactivateCouncilUser, reactivateCouncilUser, resendInvitation, type InviteUserInput } from "./manage-council-users";
export { configureSignInLinks, setPasswordLink } from "./sign-in-links";
export { refuseDeactivation, refuseRoleChange, type AdminChangeFacts } from "./user-admin-rules";
export { listUserChanges, USER_CHANGE_WORDS, type UserChange, type UserChangeAction } from "./user-history";
