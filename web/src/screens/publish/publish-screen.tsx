// /sites/:id/publish — publish the branch in view (main → the live site; another branch → its preview
// address), see where the site is live, the branch previews, and every deployment with "Make live". Where sites are
// paid for one at a time, "Pay to publish" comes first (site-payment.tsx).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ExternalLink, Globe, Rocket } from 'lucide-react';
import { useParams, useSearchParams } from 'react-router';
import { findPicturesWithoutAlt, findSamples } from '../../../../src/site/index.ts';
import { billingKeys, billingRefusal, branchPreviewUrl, channelBranch, errorMessage, picturesWithoutAlt, type Published, publishSite, sampleItems, useDeploymentList, useSiteDetail } from '../../api/index.ts';
import { AltTextCheck } from './alt-text-check.tsx';
import { Alert, Button, Card, CardBody, LoadingBlock } from '../../ui/index.ts';
import { CopyButton } from '../settings/copy-button.tsx';
import { DeploymentListCard } from './deployment-list.tsx';
import { SamplesCheck } from './samples-check.tsx';
import { ErrorNotice } from '../billing/billing-refusal.tsx';
import { SitePaymentPanel, useSitePaymentGate } from './site-payment.tsx';

function Address({ url, label }: { url: string; label: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <a href={url} target="_blank" rel="noreferrer" className="focus-ring inline-flex min-w-0 items-center gap-1.5 rounded font-mono text-small font-medium break-all text-brand-700 underline underline-offset-2">
        {url}
        <ExternalLink aria-hidden="true" className="size-3.5 shrink-0" />
        <span className="sr-only">(opens in a new tab)</span>
      </a>
      <CopyButton text={url} what={label} />
    </div>
  );
}

export function PublishScreen() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const branch = search.get('branch') ?? 'main';
  const list = useDeploymentList(id);
  const queryClient = useQueryClient();
  const gate = useSitePaymentGate(id, search.get('payment'));
  const publishing = useMutation({
    mutationFn: (confirmSamples: boolean) => publishSite(id, branch, confirmSamples),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['sites', id] }),
    // A payment the server does not know of (yet): ask again, so Pay to publish shows.
    onError: (error) => (billingRefusal(error)?.code === 'PAYMENT_REQUIRED' ? queryClient.invalidateQueries({ queryKey: billingKeys.sitePayment(id) }) : undefined),
  });
  const published: Published | undefined = publishing.data;
  // Samples are asked about before publishing (from the branch's document); the server's SAMPLES_LEFT answer
  // covers a change made elsewhere in between.
  const detail = useSiteDetail(id, branch === 'main' ? undefined : branch);
  /** PageHub took the site offline for abuse (the site's frame says why): nothing can be published. */
  const isTakenDown = Boolean(detail.data?.site.takenDown);
  const [isAskingAboutSamples, setAskingAboutSamples] = useState(false);
  const samples = sampleItems(publishing.error) ?? (isAskingAboutSamples && detail.data ? findSamples(detail.data.document) : null);
  // Pictures without a description are asked about first: they can't be published at all.
  const [isDescribing, setDescribing] = useState(false);
  const pictures = isDescribing && detail.data ? findPicturesWithoutAlt(detail.data.document) : picturesWithoutAlt(publishing.error);
  // What is asked about comes from the branch's head as it is now: the editor may have changed it a moment ago.
  const publish = async () => {
    setDescribing(false);
    setAskingAboutSamples(false);
    publishing.reset();
    const { data } = await detail.refetch();
    if (data && findPicturesWithoutAlt(data.document).length > 0) setDescribing(true);
    else if (data && findSamples(data.document).length > 0) setAskingAboutSamples(true);
    else publishing.mutate(false);
  };
  const publishAnyway = () => {
    setAskingAboutSamples(false);
    publishing.mutate(true);
  };

  // The frame's banner says what a viewer can do; publishing isn't offered at all.
  if (detail.data?.site.role === 'viewer') return <p className="text-small text-ink-muted">Publishing needs the editor or owner role on this site.</p>;
  if (list.isPending) return <LoadingBlock label="Loading the deployments…" />;
  if (list.isError) return <Alert tone="danger" title="The deployments could not be loaded">{errorMessage(list.error)}</Alert>;
  const { live, url } = list.data;
  const isLive = Boolean(live.production);
  const previews = Object.keys(live).map(channelBranch).filter((name): name is string => name !== null);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-6">
        <Card>
          <CardBody className="space-y-4">
            <div className="flex items-start gap-3">
              <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                <Rocket aria-hidden="true" className="size-5" />
              </span>
              <div>
                <h2 className="text-title font-semibold">{branch === 'main' ? 'Publish your site' : `Publish a preview of ${branch}`}</h2>
                <p className="text-small text-ink-muted">
                  {branch === 'main' ? 'Puts the latest version of main live for everyone.' : `The live site stays as it is; ${branch} gets its own preview address.`}
                </p>
              </div>
            </div>
            {gate.mustPay || gate.isWaiting ? (
              <SitePaymentPanel siteId={id} isOwner={detail.data?.site.role === 'owner'} returned={search.get('payment')} gate={gate} />
            ) : (
              <>
                {search.get('payment') === 'done' && gate.isKnown ? <Alert tone="success" title="Payment confirmed">This site is paid for. Publish it whenever you are ready.</Alert> : null}
                <Button size="lg" className="w-full sm:w-auto" disabled={isTakenDown} isBusy={publishing.isPending || detail.isFetching || !gate.isKnown} onClick={() => void publish()}>
                  {publishing.isPending ? 'Publishing…' : 'Publish'}
                </Button>
              </>
            )}
            {publishing.isPending ? (
              <div role="status" className="space-y-2 text-small text-ink-muted">
                <p>Rendering every page and storing the files…</p>
                <div className="h-1.5 overflow-hidden rounded-full bg-slate-100">
                  <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-600 motion-reduce:animate-none" />
                </div>
              </div>
            ) : null}
            {pictures && pictures.length > 0 && detail.data ? (
              <AltTextCheck
                siteId={id}
                branch={branch}
                document={detail.data.document}
                head={detail.data.head.id}
                pictures={pictures}
                isPublishing={publishing.isPending}
                onDescribed={() => void publish()}
              />
            ) : samples && samples.length > 0 ? (
              <SamplesCheck siteId={id} branch={branch} samples={samples} isPublishing={publishing.isPending} onPublishAnyway={publishAnyway} />
            ) : publishing.isError ? (
              <ErrorNotice error={publishing.error} title="Nothing was published" siteId={id} />
            ) : null}
            {published ? (
              <Alert tone="success" title={published.isReused ? 'Already published — that version is live again' : 'Published'}>
                <p className="mb-1">Your site is live at:</p>
                <Address url={published.url} label="the live address" />
              </Alert>
            ) : null}
          </CardBody>
        </Card>
        <DeploymentListCard siteId={id} list={list.data} canActivate={!isTakenDown} />
      </div>
      <Card className="self-start">
        <CardBody className="space-y-5">
          <div>
            <h2 className="flex items-center gap-2 text-lead font-semibold">
              <Globe aria-hidden="true" className="size-5 text-ink-muted" />
              Addresses
            </h2>
            <p className="mt-1 text-small text-ink-muted">{isLive ? 'The site is live at:' : 'Not live yet. After you publish, the site will answer at:'}</p>
            <div className="mt-2" data-testid="live-url">
              <Address url={url} label="the site address" />
            </div>
          </div>
          <div>
            <h3 className="text-small font-semibold">Branch previews</h3>
            {previews.length === 0 ? (
              <p className="mt-1 text-small text-ink-muted">None yet. Publish from a branch (choose it in History) to get a preview address for it.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {previews.map((name) => (
                  <li key={name}>
                    <p className="font-mono text-caption text-ink-muted">{name}</p>
                    <Address url={branchPreviewUrl(url, name)} label={`the preview address of ${name}`} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </CardBody>
      </Card>
    </div>
  );
}
