export { ApiError, errorMessage, type FieldErrors } from './http-client.ts';
export { chatEdit, type ChatEditAnswer, commitPatch, loadHead, redoChange, undoChange } from './editor-api.ts';
export { checkSubdomain, createSite, generateSite, type SiteDetail, siteKeys, type SiteSummary, type StarterTemplate, useDeployments, useSiteDetail, useSites, useTemplates } from './sites-api.ts';
export { requestMagicLink, resendConfirmation, signIn, signOut, signUp, startSocialSignIn, useSession, useSessionRefresh, useSignInMethods } from './auth-api.ts';
export { type CommitEntry, type CommitSource, createBranch, createTag, deleteBranch, mergeBranch, MergeConflictError, type PatchOperation, rollBack, useBranches, useCommit, useCommitLog, useDiff, useTags } from './history-api.ts';
export { acceptInvite, addDomain, changeRole, createInvite, type CustomDomain, deleteSite, type Invite, inviteMember, type InvitePreview, resendInvitation, useInvitePreview, removeDomain, removeMember, revokeInvite, type Role, ROLES, settingsKeys, useDomains, useInvites, useMembers, useSubmissions, verifyDomain } from './settings-api.ts';
export { type Asset, assetKeys, deleteAsset, imageAssetsOf, setAssetAlt, thumbnailOf, uploadAsset, useAssetPalette, useAssets } from './assets-api.ts';
export { activateDeployment, branchPreviewUrl, channelBranch, type DeploymentList, type PictureWithoutAlt, picturesWithoutAlt, type Published, publishSite, sampleItems, type SampleItem, useDeploymentList } from './publish-api.ts';
export { type GenerationNote, isFinished, type Job, useJobEvents } from './job-events.ts';
