// "Start from a template": the offline composer's industry starters, each previewed as the home page it would
// make (composed and rendered in the browser), then a subdomain and a new site.
import { ArrowLeft, LayoutTemplate } from 'lucide-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, type StarterTemplate, useTemplates } from '../../api/index.ts';
import { SiteThumbnail, loadTemplateHomePageHtml } from '../../preview/index.ts';
import { Alert, Button, Card, EmptyState, LoadingBlock, PageHeader } from '../../ui/index.ts';
import { UseTemplateDialog } from './use-template-dialog.tsx';

function TemplateCard({ template, onChoose }: { template: StarterTemplate; onChoose: () => void }) {
  return (
    <Card className="flex w-full flex-col overflow-hidden" data-testid="template-card">
      <SiteThumbnail cacheKey={`template:${template.industry}`} makeHtml={async () => (await loadTemplateHomePageHtml())(template.prompt)} />
      <div className="flex flex-1 flex-col gap-3 border-t border-line p-4">
        <h2 className="text-lead font-semibold">{template.label}</h2>
        <p className="line-clamp-2 text-small text-ink-muted">{template.prompt}</p>
        <Button variant="secondary" size="sm" className="mt-auto self-start" onClick={onChoose} aria-label={`Use the ${template.label} template`}>
          Use this template
        </Button>
      </div>
    </Card>
  );
}

export function TemplatesScreen() {
  const templates = useTemplates();
  const [chosen, setChosen] = useState<StarterTemplate | null>(null);
  return (
    <>
      <Link to="/" className="focus-ring mb-4 inline-flex items-center gap-1.5 rounded text-small font-medium text-ink-muted hover:text-ink">
        <ArrowLeft aria-hidden="true" className="size-4" />
        Your sites
      </Link>
      <PageHeader title="Start from a template" description="A complete starter site for your kind of business. Pick one, then make it yours in the editor." />
      {templates.isPending ? (
        <LoadingBlock label="Loading templates…" />
      ) : templates.isError ? (
        <Alert tone="danger" title="The templates could not be loaded">
          {errorMessage(templates.error)}
        </Alert>
      ) : templates.data.length === 0 ? (
        <EmptyState icon={LayoutTemplate} title="No templates on this server">
          Describe your business instead and PageHub writes the site for you.
        </EmptyState>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" aria-label="Templates">
          {templates.data.map((template) => (
            <li key={template.industry} className="flex">
              <TemplateCard template={template} onChoose={() => setChosen(template)} />
            </li>
          ))}
        </ul>
      )}
      <UseTemplateDialog template={chosen} onClose={() => setChosen(null)} />
    </>
  );
}
