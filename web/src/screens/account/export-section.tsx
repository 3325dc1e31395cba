// Downloading one's data: a plain link to the export, which the server answers as a JSON file.
import { Download } from 'lucide-react';
import { ACCOUNT_EXPORT_URL } from '../../api/index.ts';
import { buttonClasses } from '../../ui/index.ts';
import { SettingsSection } from '../settings/settings-section.tsx';

export function ExportSection() {
  return (
    <SettingsSection
      id="export-heading"
      title="Download my data"
      description="A file with your account, the sites you work on and your role on each, every site's list of changes (when, by whom, what), its saved versions, and the form messages of the sites you own or edit."
    >
      <a href={ACCOUNT_EXPORT_URL} download className={buttonClasses({ variant: 'secondary', className: 'w-full sm:w-auto' })}>
        <Download aria-hidden="true" className="size-4" />
        Download my data
      </a>
    </SettingsSection>
  );
}
