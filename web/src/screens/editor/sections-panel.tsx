// The Sections tab: the page's section list, or — once a section is selected (here or in the preview) — its
// fields, generated from the section catalog. A section added from the list goes before the page's closing call
// to action; one added from a selected section goes right after it (newSectionPosition).
import { ArrowLeft, Plus } from 'lucide-react';
import { useState } from 'react';
import { sectionDefinition } from '../../../../src/site/index.ts';
import { addSection, duplicateSection, freshSectionId, moveSection, newSectionPosition, removeSection, setSectionVisible } from '../../../../src/patch/index.ts';
import type { SiteEditor } from '../../editor/index.ts';
import { Alert, Button } from '../../ui/index.ts';
import { AddSectionDialog } from './add-section-dialog.tsx';
import { EditorFieldControl } from './fields/editor-field-control.tsx';
import { sectionLabel } from './section-label.ts';
import { SectionList } from './section-list.tsx';

export interface SectionsPanelProps {
  editor: SiteEditor;
  pageIndex: number;
  selectedId: string | null;
  onSelect: (sectionId: string | null) => void;
}

export function SectionsPanel({ editor, pageIndex, selectedId, onSelect }: SectionsPanelProps) {
  const [isAdding, setAdding] = useState(false);
  const [deleted, setDeleted] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const site = editor.document;
  const page = site.pages[pageIndex];
  if (!page) return null;
  const locale = site.locales.default;
  const selectedIndex = page.sections.findIndex((section) => section.id === selectedId);
  const selected = page.sections[selectedIndex];

  const add = (type: string) => {
    const definition = sectionDefinition(type);
    if (!definition) return;
    const id = freshSectionId(site, page.id, type);
    const at = newSectionPosition(site, page.id, selectedIndex);
    if (!editor.change(addSection(site, { pageId: page.id, type, at, id }), `Add a ${definition.label} section`)) onSelect(id);
    setAdding(false);
  };

  if (selected) {
    const definition = sectionDefinition(selected.type);
    const { type } = sectionLabel(selected, locale);
    return (
      <div className="space-y-4">
        <Button variant="ghost" size="sm" className="-ml-2" onClick={() => onSelect(null)}>
          <ArrowLeft aria-hidden="true" className="size-4" />
          All sections
        </Button>
        <h2 className="text-lead font-semibold">{type}</h2>
        <fieldset disabled={!editor.canEdit} className="min-w-0 space-y-4">
          <legend className="sr-only">{editor.canEdit ? `Fields of ${type}` : `Fields of ${type}, read only`}</legend>
          {definition?.fields.map((field) => (
            <EditorFieldControl key={field.path} siteId={editor.siteId} field={field} sectionId={selected.id} base="" site={site} change={editor.change} flush={editor.flush} />
          ))}
        </fieldset>
        {editor.canEdit ? (
          <>
            <Button variant="secondary" size="sm" className="w-full" onClick={() => setAdding(true)}>
              <Plus aria-hidden="true" className="size-4" />
              Add a section after this one
            </Button>
            <AddSectionDialog isOpen={isAdding} onClose={() => setAdding(false)} site={site} onAdd={add} />
          </>
        ) : null}
      </div>
    );
  }

  return (
    <div className="space-y-3">
      {deleted ? (
        <div role="status" className="flex items-center justify-between gap-3 rounded-control border border-line bg-canvas p-2 pl-3 text-small">
          <span>Deleted {deleted}.</span>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              setDeleted(null);
              void editor.undo();
            }}
          >
            Undo
          </Button>
        </div>
      ) : null}
      {problem ? (
        <Alert tone="danger">{problem}</Alert>
      ) : null}
      <SectionList
        page={page}
        locale={locale}
        selectedId={selectedId}
        canEdit={editor.canEdit}
        onSelect={onSelect}
        onMove={(from, to) => {
          const section = page.sections[from];
          if (section) editor.change(moveSection(site, section.id, to), 'Reorder sections');
        }}
        onToggleVisible={(index) => {
          const section = page.sections[index];
          if (section) editor.change(setSectionVisible(site, section.id, !section.visible), `${section.visible ? 'Hide' : 'Show'} a section`);
        }}
        onDuplicate={(index) => {
          const section = page.sections[index];
          if (section) editor.change(duplicateSection(site, section.id), 'Duplicate a section');
        }}
        onDelete={(index) => {
          const section = page.sections[index];
          if (!section) return;
          const errors = editor.change(removeSection(site, section.id), 'Delete a section');
          setDeleted(errors ? null : sectionLabel(section, locale).type);
          setProblem(errors ? `This section cannot be deleted: ${errors[0]?.message ?? 'the site would be invalid'}. Change that link first.` : null);
        }}
        onAdd={() => setAdding(true)}
      />
      <AddSectionDialog isOpen={isAdding} onClose={() => setAdding(false)} site={site} onAdd={add} />
    </div>
  );
}
