// Messages from visitors now have their own screen (/sites/:id/inbox): Settings only points there.
import { Inbox } from 'lucide-react';
import { Link } from 'react-router';
import { buttonClasses } from '../../ui/index.ts';
import { SettingsSection } from './settings-section.tsx';

const TITLE = 'Messages from visitors';

/** What a viewer sees instead: visitors' names and messages are for the people who answer them. */
export function SubmissionsForEditors() {
  return (
    <SettingsSection id="submissions-heading" title={TITLE} description="Messages visitors send through the site's contact forms are shown to its editors and owners. Ask an owner if you need to answer them.">
      {null}
    </SettingsSection>
  );
}

export function SubmissionsSection({ siteId }: { siteId: string }) {
  return (
    <SettingsSection id="submissions-heading" title={TITLE} description="What visitors send through the contact forms of the published site, and how you are told about it, is in Messages.">
      <Link to={`/sites/${siteId}/inbox`} className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
        <Inbox aria-hidden="true" className="size-4" />
        Open messages
      </Link>
    </SettingsSection>
  );
}
