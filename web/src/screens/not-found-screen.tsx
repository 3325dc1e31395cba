import { Compass } from 'lucide-react';
import { Link } from 'react-router';
import { buttonClasses, EmptyState } from '../ui/index.ts';

export function NotFoundScreen() {
  return (
    <div className="mx-auto max-w-xl py-10">
      <h1 className="sr-only">Page not found</h1>
      <EmptyState icon={Compass} title="Nothing lives at this address" actions={<Link to="/" className={buttonClasses()}>Go to your sites</Link>}>
        The link may be old, or the page moved. Your sites are one click away.
      </EmptyState>
    </div>
  );
}
