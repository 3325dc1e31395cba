// /sites/:id/settings — the site's name and address, custom domains, members and invite links, the form submissions inbox, and deleting
// the site. Owner-only parts explain themselves to editors and viewers instead of failing.
import { useParams } from 'react-router';
import { useSiteDetail } from '../../api/index.ts';
import { LoadingBlock } from '../../ui/index.ts';
import { DeleteSiteSection } from './delete-site-section.tsx';
import { DomainsSection } from './domains-section.tsx';
import { InvitesSection } from './invites-section.tsx';
import { MembersSection } from './members-section.tsx';
import { SiteAddressSection } from './site-address-section.tsx';
import { SubmissionsForEditors, SubmissionsSection } from './submissions-section.tsx';

export function SettingsScreen() {
  const { id = '' } = useParams();
  const detail = useSiteDetail(id);
  if (!detail.data) return detail.isPending ? <LoadingBlock label="Loading the settings…" /> : null;
  const { site } = detail.data;
  const isOwner = site.role === 'owner';
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="min-w-0 space-y-6">
        <SiteAddressSection siteId={id} name={site.name} subdomain={site.subdomain} role={site.role} />
        <DomainsSection siteId={id} isOwner={isOwner} />
        {site.role === 'viewer' ? <SubmissionsForEditors /> : <SubmissionsSection siteId={id} />}
      </div>
      <div className="min-w-0 space-y-6">
        <MembersSection siteId={id} isOwner={isOwner} />
        {isOwner ? <InvitesSection siteId={id} /> : null}
        {isOwner ? <DeleteSiteSection siteId={id} subdomain={site.subdomain} /> : null}
      </div>
    </div>
  );
}
