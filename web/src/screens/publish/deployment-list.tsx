// Every deployment of the site, newest first: when and from which branch it was published, its size, where it
// is live, and "Make live" to put an earlier one back in production at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Rocket } from 'lucide-react';
import { activateDeployment, channelBranch, type DeploymentList } from '../../api/index.ts';
import { Badge, Button, Card, EmptyState, useToast } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';
import { useErrorToast } from '../billing/billing-refusal.tsx';

const size = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`);

export function DeploymentListCard({ siteId, list, canActivate = true }: { siteId: string; list: DeploymentList; /** false while the site may not be published (taken offline by PageHub). */ canActivate?: boolean }) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const showError = useErrorToast(siteId);
  const activating = useMutation({
    mutationFn: (deploymentId: string) => activateDeployment(siteId, deploymentId),
    onSuccess: async () => {
      toast('That deployment is live again.', 'success');
      await queryClient.invalidateQueries({ queryKey: ['sites', siteId] });
    },
    onError: showError,
  });

  if (list.deployments.length === 0) {
    return <EmptyState icon={Rocket} title="Not published yet">Each time you publish, PageHub keeps that version here, so you can put it live again in one click.</EmptyState>;
  }
  return (
    <Card>
      <h2 className="border-b border-line px-4 py-3 text-lead font-semibold sm:px-6">Deployments</h2>
      <ol className="divide-y divide-line">
        {list.deployments.map((deployment, index) => {
          const isLive = deployment.live.includes('production');
          return (
            <li key={deployment.id} className="flex flex-wrap items-center gap-3 px-4 py-3 sm:px-6" data-testid="deployment-row">
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  <span>Published {relativeTime(deployment.createdAt)}</span>
                  {isLive ? <Badge tone="success">Live</Badge> : null}
                  {deployment.live.map(channelBranch).filter((branch) => branch !== null).map((branch) => (
                    <Badge key={branch} tone="warning">
                      Preview of {branch}
                    </Badge>
                  ))}
                </p>
                <p className="text-small text-ink-muted">
                  From <span className="font-mono">{deployment.branch ?? 'main'}</span> · version <span className="font-mono">{deployment.commit.slice(0, 8)}</span> · {deployment.files} files, {size(deployment.bytes)}
                  <span className="sr-only"> · deployment {list.deployments.length - index}</span>
                </p>
              </div>
              {isLive ? null : (
                <Button size="sm" variant="secondary" disabled={!canActivate} isBusy={activating.isPending && activating.variables === deployment.id} onClick={() => activating.mutate(deployment.id)}>
                  Make live<span className="sr-only"> (published {relativeTime(deployment.createdAt)})</span>
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
