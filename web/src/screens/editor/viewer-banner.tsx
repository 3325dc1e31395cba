// Said up front to a viewer, on the editor and the site's other screens: what they can do here and whom to ask.
import { Alert } from '../../ui/index.ts';

export function ViewerBanner({ className }: { className?: string }) {
  return (
    <Alert tone="info" title="You can view this site" className={className}>
      You can look at every page, section and version, but not change or publish it. To make changes, ask an owner of the site for the editor role.
    </Alert>
  );
}
