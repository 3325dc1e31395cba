// Publishing: deployments (rendered commits as content-addressed blobs, made live by moving one pointer), the
// site server (Host → live deployment → file, from memory), custom domains, forms, and writing a rendered site
// to a directory.
export { writeDirectory } from './write-directory.ts';
export { fontFilesFor, publishedFonts } from './published-fonts.ts';
export { createFontFiles, isCuratedFontFile, type FontFile, type FontFiles } from './font-files.ts';
// Deployments and the site server.
export { branchOfChannel, channelOf, PRODUCTION_CHANNEL, previewLabel, siteUrl } from './channels.ts';
export { contentTypeOf } from './content-type.ts';
export { createDeployments, type Deployment, type DeploymentList, type Deployments, type DeploymentsDeps, type PublishInput, type PublishResult } from './deployments.ts';
export { HOSTS_CHANNEL, notifyHostsChanged } from './host-events.ts';
export { pauseSites, resumeSites, type PauseReason } from './site-pauses.ts';
export { requireNotTakenDown, restoreSite, siteTakedownOf, siteTakenDownError, takedownRecipients, takeDownSite, type SiteTakedown, type TakedownResult } from './site-takedowns.ts';
export { siteTakenDownMail } from './takedown-mail.ts';
export { HostTable, hostnameOf, type HostMatch, type LiveDeployment, type LiveSite } from './host-table.ts';
export { loadHostRows, startLiveHosts, type LiveHosts } from './live-hosts.ts';
export { sendPlatformNotFound, type RequestListener } from './site-handler.ts';
export { siteContentSecurityPolicy, SVG_CONTENT_SECURITY_POLICY } from './site-headers.ts';
export { headStyleSources } from './head-styles.ts';
export { startSiteServer, type SiteServer, type SiteServerOptions } from './site-server.ts';
export { SiteTraffic } from './site-traffic.ts';
// Visitors' form submissions: forms of the live deployment, checking and storing submissions, the answer pages.
export { checkSubmission, deleteSubmission, exportSubmissions, HONEYPOT_FIELD, listSubmissions, markSubmission, MAX_EXPORTED_SUBMISSIONS, MAX_FIELD_CHARS, MAX_SUBMISSION_CHARS, storeSubmission, submissionMail, type StoredSubmission, type SubmissionCheck, type SubmissionPage, type SubmittedValue } from './forms.ts';
export { defaultLeadMail, inboxUrl, instantLeadRecipients, LEAD_MAIL_MODES, leadDigestMail, leadMailOf, sendLeadDigests, setLeadMail, type LeadDigestDeps, type LeadMail } from './lead-notifications.ts';
export { submissionsCsv } from './submissions-csv.ts';
export { createFormDirectory, formsOf, type FormDirectory, type LiveForm, type LiveFormField } from './live-forms.ts';
export { FORM_PAGE_HEADERS, invalidSubmissionPage, notSentPage, thankYouPage, THANKS_PATH, type FormLook } from './form-pages.ts';
// Custom domains: hostname rules, DNS verification through a configurable resolver, periodic re-checks, and the
// question Caddy asks before obtaining a certificate.
export { checkCustomHostname, isApexHostname, toAsciiHostname, type HostnameCheck } from './hostname.ts';
export { createDnsLookup, DnsUnavailableError, type DnsLookup } from './dns-lookup.ts';
export { checkDomainDns, recordsToCreate, type DnsCheck, type DnsRecord, type DomainTarget } from './dns-verify.ts';
export { addDomain, listDomains, MAX_DOMAINS_PER_SITE, PENDING_WINDOW_MS, removeDomain, verifyDomain, type CustomDomain, type DomainChange, type DomainDeps, type DomainStatus } from './domains.ts';
export { PENDING_RECHECK_MS, recheckDomains, startDomainRechecks, VERIFIED_RECHECK_MS, type RecheckResult } from './domain-recheck.ts';
export { isHostnameServed } from './tls-ask.ts';
export { isCompressible } from './content-type.ts';
