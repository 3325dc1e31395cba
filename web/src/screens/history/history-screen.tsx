// /sites/:id/history — the versions of a branch, newest first, on a simple branch graph. Preview any version,
// compare two, name one, branch from one, roll back to one; switch, merge and delete branches. `?branch=`
// chooses the branch and `?commit=` highlights and previews one version.
import { useQueryClient } from '@tanstack/react-query';
import { History } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { type CommitEntry, createBranch, createTag, errorMessage, rollBack, useBranches, useCommitLog, useMembers, useSiteDetail, useTags } from '../../api/index.ts';
import { Alert, Button, EmptyState, LoadingBlock, useToast } from '../../ui/index.ts';
import { BranchPanel } from './branch-panel.tsx';
import { CommitEntryRow } from './commit-entry.tsx';
import { ComparePanel } from './compare-panel.tsx';
import { NameDialog } from './name-dialog.tsx';
import { RollbackDialog } from './rollback-dialog.tsx';
import { commitHeadline, versionName, type VersionLookup } from './version-name.ts';
import { VersionPreview } from './version-preview.tsx';

function groupBy<Item>(items: Item[], key: (item: Item) => string, value: (item: Item) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), value(item)]);
  return groups;
}

export function HistoryScreen() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const branch = search.get('branch') ?? 'main';
  const log = useCommitLog(id, branch);
  const tags = useTags(id);
  const branches = useBranches(id);
  const members = useMembers(id);
  const role = useSiteDetail(id).data?.site.role;
  const canEdit = role === 'owner' || role === 'editor';
  const queryClient = useQueryClient();
  const toast = useToast();
  const [picked, setPicked] = useState<string[]>([]);
  const [naming, setNaming] = useState<CommitEntry | null>(null);
  const [branchingFrom, setBranchingFrom] = useState<CommitEntry | null>(null);
  const [rollingBackTo, setRollingBackTo] = useState<CommitEntry | null>(null);

  const commits = useMemo(() => log.data?.pages.flatMap((page) => page.commits) ?? [], [log.data]);
  const selected = search.get('commit') ?? commits[0]?.id ?? null;
  const tagsByCommit = useMemo(() => groupBy(tags.data ?? [], (tag) => tag.commit, (tag) => tag.displayName), [tags.data]);
  const commitsById = useMemo(() => new Map(commits.map((commit) => [commit.id, commit])), [commits]);
  const lookup: VersionLookup = useMemo(() => ({ commit: (commitId) => commitsById.get(commitId), names: (commitId) => tagsByCommit.get(commitId) ?? [] }), [commitsById, tagsByCommit]);
  const headline = (commit: CommitEntry) => commitHeadline(commit, lookup);
  const nameOf = (commit: CommitEntry) => versionName(commit, tagsByCommit.get(commit.id) ?? []);
  const branchName = (branches.data ?? []).find((entry) => entry.name === branch)?.displayName ?? branch;
  const headsByCommit = useMemo(() => groupBy((branches.data ?? []).filter((entry) => entry.name !== branch), (entry) => entry.head, (entry) => entry.displayName), [branches.data, branch]);
  const authorNames = useMemo(() => new Map((members.data ?? []).map((member) => [member.userId, member.name])), [members.data]);
  const comparing = picked.length === 2 ? commits.filter((commit) => picked.includes(commit.id)).sort((first, second) => first.seq - second.seq) : [];

  const explicitCommit = search.get('commit');
  useEffect(() => {
    if (explicitCommit && commits.some((commit) => commit.id === explicitCommit)) document.getElementById(`commit-${explicitCommit}`)?.scrollIntoView({ block: 'nearest' });
  }, [explicitCommit, commits]);

  const update = (changes: Record<string, string | null>) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) if (value === null) next.delete(key); else next.set(key, value);
      return next;
    });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['sites', id] });
  const switchBranch = (name: string) => {
    setPicked([]);
    update({ branch: name === 'main' ? null : name, commit: null });
  };

  if (log.isPending) return <LoadingBlock label="Loading the history…" />;
  if (log.isError) return <Alert tone="danger" title="The history could not be loaded">{errorMessage(log.error)}</Alert>;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <aside className="space-y-6 lg:order-2" aria-label="Branches and preview">
        <BranchPanel siteId={id} branch={branch} canEdit={canEdit} onSwitch={switchBranch} />
        {comparing.length === 2 && comparing[0] && comparing[1] ? (
          <ComparePanel siteId={id} older={comparing[0]} newer={comparing[1]} nameOf={nameOf} headline={headline} onClose={() => setPicked([])} />
        ) : selected ? (
          <VersionPreview siteId={id} commitId={selected} headline={headline} />
        ) : null}
      </aside>
      <section aria-labelledby="timeline-heading" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="timeline-heading" className="text-title font-semibold">
            Versions on <span>{branchName}</span>
          </h2>
          <p className="text-small text-ink-muted">{picked.length === 1 ? 'Pick one more version to compare.' : 'Tick two versions to compare them.'}</p>
        </div>
        {commits.length === 0 ? (
          <EmptyState icon={History} title="No versions yet">Every change to this site — by chat, in the editor or through the API — will appear here.</EmptyState>
        ) : (
          <ol aria-label={`Versions on ${branchName}, newest first`}>
            {commits.map((commit, index) => (
              <CommitEntryRow
                key={commit.id}
                commit={commit}
                headline={headline(commit)}
                authorName={!commit.author ? 'PageHub' : members.data === undefined ? undefined : (authorNames.get(commit.author) ?? 'A former member')}
                tags={tagsByCommit.get(commit.id) ?? []}
                branchHeads={headsByCommit.get(commit.id) ?? []}
                isFirst={index === 0}
                isLast={index === commits.length - 1 && !log.hasNextPage}
                isSelected={commit.id === selected && comparing.length === 0}
                isPicked={picked.includes(commit.id)}
                canPick={picked.length < 2}
                onPreview={() => {
                  setPicked([]);
                  update({ commit: commit.id });
                }}
                onTogglePick={() => setPicked((current) => (current.includes(commit.id) ? current.filter((entry) => entry !== commit.id) : [...current, commit.id].slice(-2)))}
                onName={canEdit ? () => setNaming(commit) : null}
                onBranch={canEdit ? () => setBranchingFrom(commit) : null}
                onRollBack={index === 0 || !canEdit ? null : () => setRollingBackTo(commit)}
              />
            ))}
          </ol>
        )}
        {log.hasNextPage ? (
          <Button variant="secondary" className="mt-4 w-full sm:w-auto" isBusy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            Load older versions
          </Button>
        ) : null}
      </section>
      <NameDialog
        isOpen={naming !== null}
        title="Name this version"
        description={`A name marks ${naming ? nameOf(naming) : 'this version'} (“${naming ? headline(naming) : ''}”) so you can find it again, e.g. “Before launch”.`}
        label="Version name"
        submitLabel="Name version"
        onClose={() => setNaming(null)}
        onSubmit={async (name) => {
          const { tag } = await createTag(id, { name, commit: naming?.id ?? '' });
          toast(`Named the version “${tag.displayName}”.`, 'success');
          await refresh();
        }}
      />
      <NameDialog
        isOpen={branchingFrom !== null}
        title="Create a branch"
        description={`A branch starts at ${branchingFrom ? nameOf(branchingFrom) : 'this version'}; changes on it leave ${branchName} alone until you merge.`}
        label="Branch name"
        submitLabel="Create branch"
        onClose={() => setBranchingFrom(null)}
        onSubmit={async (name) => {
          const created = await createBranch(id, { name, from: branchingFrom?.id ?? '' });
          toast(`Created the branch “${created.branch.displayName}”.`, 'success');
          await refresh();
          switchBranch(created.branch.name);
        }}
      />
      <RollbackDialog
        commit={rollingBackTo}
        versionName={rollingBackTo ? nameOf(rollingBackTo) : ''}
        branch={branchName}
        onClose={() => setRollingBackTo(null)}
        onConfirm={async (commit) => {
          await rollBack(id, { branch, to: commit.id });
          toast(`Rolled ${branchName} back to ${nameOf(commit)}.`, 'success');
          update({ commit: null });
          await refresh();
        }}
      />
    </div>
  );
}
