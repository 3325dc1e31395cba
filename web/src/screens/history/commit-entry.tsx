// One version in the timeline: its place on the branch graph (a rail, with a side lane joining in for merges),
// summary, source, author, time and names (tags and branch heads), and what can be done with it.
import { Bot, GitBranch, GitMerge, Pencil, RotateCcw, Tag as TagIcon, Terminal } from 'lucide-react';
import type { CommitEntry, CommitSource } from '../../api/index.ts';
import { Badge, Button, classNames } from '../../ui/index.ts';
import { relativeTime } from '../dashboard/relative-time.ts';

export const SOURCES: Record<CommitSource, { label: string; icon: typeof Bot }> = {
  ai: { label: 'Chat (AI)', icon: Bot },
  editor: { label: 'Editor', icon: Pencil },
  rollback: { label: 'Rollback', icon: RotateCcw },
  merge: { label: 'Merge', icon: GitMerge },
  api: { label: 'API', icon: Terminal },
};

export interface CommitEntryProps {
  commit: CommitEntry;
  /** The line a person reads for it (version-name.ts): no commit ids. */
  headline: string;
  /** Who made it; undefined while the site's members are still loading (never a wrong "former member" meanwhile). */
  authorName: string | undefined;
  tags: string[];
  /** Other branches whose head is this version. */
  branchHeads: string[];
  isFirst: boolean;
  isLast: boolean;
  isSelected: boolean;
  isPicked: boolean;
  canPick: boolean;
  onPreview: () => void;
  onTogglePick: () => void;
  /** Null where the person may only look (a viewer). */
  onName: (() => void) | null;
  onBranch: (() => void) | null;
  onRollBack: (() => void) | null;
}

/** The rail: a line through every entry, a dot for this one, and a curve from a side lane for a merge. */
function Lane({ isMerge, hasSideBranch, isFirst, isLast }: { isMerge: boolean; hasSideBranch: boolean; isFirst: boolean; isLast: boolean }) {
  return (
    <svg aria-hidden="true" width="36" className="shrink-0 self-stretch text-line-strong" viewBox="0 0 36 100" preserveAspectRatio="none">
      <line x1="12" x2="12" y1={isFirst ? 22 : 0} y2={isLast ? 22 : 100} stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
      {isMerge ? <path d="M30 100 C30 60 12 50 12 22" fill="none" className="stroke-brand-600" strokeWidth="2" vectorEffect="non-scaling-stroke" /> : null}
      {hasSideBranch ? <path d="M12 22 C12 8 30 8 30 0" fill="none" className="stroke-amber-600" strokeWidth="2" vectorEffect="non-scaling-stroke" /> : null}
    </svg>
  );
}

export function CommitEntryRow(props: CommitEntryProps) {
  const { commit, headline, authorName, tags, branchHeads, isSelected, isPicked } = props;
  const source = SOURCES[commit.source];
  const SourceIcon = source.icon;
  return (
    <li
      id={`commit-${commit.id}`}
      data-testid="commit-entry"
      aria-current={isSelected ? 'true' : undefined}
      className={classNames('relative flex gap-2 rounded-control pr-3', isSelected ? 'bg-brand-50 ring-1 ring-brand-100' : 'hover:bg-canvas')}
    >
      <div className="relative flex w-9 shrink-0">
        <Lane isMerge={commit.parents.length > 1} hasSideBranch={branchHeads.length > 0} isFirst={props.isFirst} isLast={props.isLast} />
        <span
          aria-hidden="true"
          className={classNames('absolute top-[15px] left-[7px] size-3 rounded-full ring-2 ring-surface', isSelected ? 'bg-brand-700' : commit.parents.length > 1 ? 'bg-brand-600' : 'bg-slate-500')}
        />
      </div>
      <div className="min-w-0 flex-1 py-2.5">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <p className="min-w-0 font-medium break-words text-ink">{headline}</p>
          {tags.map((tag) => (
            <Badge key={tag} tone="brand">
              <TagIcon aria-hidden="true" className="size-3" />
              {tag}
            </Badge>
          ))}
          {branchHeads.map((branch) => (
            <Badge key={branch} tone="warning">
              <GitBranch aria-hidden="true" className="size-3" />
              {branch}
            </Badge>
          ))}
        </div>
        <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-small text-ink-muted">
          <span className="inline-flex items-center gap-1" data-testid="commit-source">
            <SourceIcon aria-hidden="true" className="size-3.5" />
            {source.label}
          </span>
          <span aria-hidden="true">·</span>
          {authorName !== undefined && (
            <>
              <span>{authorName}</span>
              <span aria-hidden="true">·</span>
            </>
          )}
          <time dateTime={commit.createdAt} title={new Date(commit.createdAt).toLocaleString()}>
            {relativeTime(commit.createdAt)}
          </time>
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-1">
          <Button size="sm" variant={isSelected ? 'primary' : 'secondary'} onClick={props.onPreview} aria-label={`Preview “${headline}”`}>
            Preview
          </Button>
          <label className={classNames('focus-within:outline-brand-600 inline-flex h-9 items-center gap-2 rounded-control px-2 text-small', props.canPick || isPicked ? 'text-ink' : 'text-ink-muted')}>
            <input type="checkbox" className="size-4 accent-brand-700" checked={isPicked} disabled={!props.canPick && !isPicked} onChange={props.onTogglePick} />
            Compare<span className="sr-only"> “{headline}”</span>
          </label>
          {props.onName ? (
            <Button size="sm" variant="ghost" onClick={props.onName} aria-label={`Name the version “${headline}”`}>
              Name
            </Button>
          ) : null}
          {props.onBranch ? (
            <Button size="sm" variant="ghost" onClick={props.onBranch} aria-label={`Create a branch from “${headline}”`}>
              Branch
            </Button>
          ) : null}
          {props.onRollBack ? (
            <Button size="sm" variant="ghost" onClick={props.onRollBack} aria-label={`Roll back to “${headline}”`}>
              Roll back
            </Button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
