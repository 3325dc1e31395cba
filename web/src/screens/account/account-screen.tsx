// /account — the signed-in person's own settings: name, email address, password, where they are signed in,
// downloading their data and deleting the account.
import { useSession } from '../../api/index.ts';
import { LoadingBlock, PageHeader } from '../../ui/index.ts';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { EmailSection } from './email-section.tsx';
import { ExportSection } from './export-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { SessionsSection } from './sessions-section.tsx';

export function AccountScreen() {
  const session = useSession();
  if (!session.data) return <LoadingBlock label="Loading your account…" />;
  const { name, email } = session.data;
  return (
    <>
      <PageHeader title="Your account" description="Your name, how you sign in, where you are signed in, and your data." />
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <ProfileSection key={name} name={name} />
          <EmailSection email={email} />
          <PasswordSection />
        </div>
        <div className="space-y-6">
          <SessionsSection />
          <ExportSection />
          <DeleteAccountSection email={email} />
        </div>
      </div>
    </>
  );
}
