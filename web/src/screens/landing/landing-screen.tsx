// The front door: what a visitor who isn't signed in meets at `/`. It says what PageHub does, shows sites the
// composer makes from a few words (composed and rendered live in the browser), and takes a description that is
// carried through sign-up straight into generating.
import { ArrowRight, Gauge, Globe, Inbox, MessageSquare, Undo2, Users } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { withNext } from '../../layouts/index.ts';
import { SiteThumbnail, loadTemplateHomePageHtml } from '../../preview/index.ts';
import { Button, Card, Field, Logo, SkipLink, Textarea, buttonClasses } from '../../ui/index.ts';
import { carryDescription, CREATE_FROM_HOME } from '../create/carried-description.ts';
import { descriptionCount, descriptionProblem, MAX_DESCRIPTION_LENGTH, tooLongProblem } from '../create/description-rules.ts';
import { EXAMPLE_DESCRIPTIONS } from '../create/examples.ts';

const SHOWN_EXAMPLES = EXAMPLE_DESCRIPTIONS.slice(0, 3);

const WHAT_YOU_CAN_DO = [
  { icon: MessageSquare, title: 'Change it your way', text: 'Edit any text on the page itself, or ask in plain words: “make the hero warmer”, “add our opening hours”.' },
  { icon: Undo2, title: 'Nothing is ever lost', text: 'Every change is a version. Undo, name a version, try ideas on a branch, and go back with one click.' },
  { icon: Globe, title: 'Publish at your address', text: 'Your site goes live at a PageHub address or on your own domain, with HTTPS set up for you.' },
  { icon: Users, title: 'Work together', text: 'Invite people by link or email as editors or viewers, and see who else is editing.' },
  { icon: Inbox, title: 'Hear from customers', text: 'Contact forms send visitors’ messages to your inbox and by email.' },
  { icon: Gauge, title: 'Fast and accessible', text: 'Plain, light pages that load quickly on any phone and work for everyone.' },
];

function ExampleSite({ label, text }: { label: string; text: string }) {
  return (
    <Card className="flex w-full flex-col overflow-hidden">
      <SiteThumbnail cacheKey={`example:${label}`} makeHtml={async () => (await loadTemplateHomePageHtml())(text)} />
      <figure className="flex flex-1 flex-col gap-2 border-t border-line p-4">
        <figcaption className="text-small font-semibold text-ink">{label}</figcaption>
        <blockquote className="text-small text-ink-muted">“{text}”</blockquote>
      </figure>
    </Card>
  );
}

export function LandingScreen() {
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const navigate = useNavigate();

  const describe = (text: string) => {
    setDescription(text);
    setProblem((previous) => tooLongProblem(text) ?? (previous === null ? null : descriptionProblem(text)));
  };

  const start = (event: FormEvent) => {
    event.preventDefault();
    const found = descriptionProblem(description);
    setProblem(found);
    if (found) return;
    carryDescription(description.trim());
    void navigate(withNext('/sign-up', CREATE_FROM_HOME));
  };

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
          <Logo />
          <nav aria-label="Account" className="ml-auto flex items-center gap-2">
            <Link to="/sign-in" className={buttonClasses({ variant: 'ghost', size: 'sm' })}>
              Sign in
            </Link>
            <Link to="/sign-up" className={buttonClasses({ variant: 'secondary', size: 'sm' })}>
              <span className="sm:hidden">Sign up</span>
              <span className="hidden sm:inline">Create an account</span>
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <section aria-labelledby="landing-title" className="bg-gradient-to-b from-brand-50 to-canvas">
          <div className="mx-auto grid max-w-6xl gap-10 px-4 py-12 sm:px-6 sm:py-16 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] lg:items-center">
            <div>
              <h1 id="landing-title" className="text-display font-semibold tracking-tight text-balance text-ink sm:text-[2.75rem] sm:leading-tight">
                Describe your business. Get a website you can publish today.
              </h1>
              <p className="mt-4 max-w-xl text-lead text-ink-muted">
                PageHub writes a complete site from a few sentences — pages, words, colours and layout — from what you tell it, and marks anything it had to assume. Then change
                anything by hand or by asking, and publish.
              </p>
            </div>
            <Card>
              <form noValidate onSubmit={start} className="space-y-4 p-5 sm:p-6" aria-label="Start your website">
                <Field label="Describe your business" hint="Its name, what it offers, where it is, and the feel you want." error={problem}>
                  {(control) => (
                    <>
                      <Textarea {...control} rows={5} value={description} onChange={(event) => describe(event.target.value)} placeholder="A family bakery in Porto: sourdough, pastries and coffee…" />
                      <p className={`text-right text-small tabular-nums ${description.length > MAX_DESCRIPTION_LENGTH ? 'font-medium text-danger' : 'text-ink-muted'}`}>
                        {descriptionCount(description)}
                        <span className="sr-only"> characters</span>
                      </p>
                    </>
                  )}
                </Field>
                <Button type="submit" size="lg" className="w-full">
                  Create my website
                  <ArrowRight aria-hidden="true" className="size-5" />
                </Button>
                <p className="text-center text-small text-ink-muted">Next you create your account; your description comes with you.</p>
              </form>
            </Card>
          </div>
        </section>

        <section aria-labelledby="examples-title" className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
          <h2 id="examples-title" className="text-headline font-semibold tracking-tight">
            Made from a few words
          </h2>
          <p className="mt-2 max-w-2xl text-body text-ink-muted">
            Each of these home pages is composed right now, in your browser, from the description under it. Anything PageHub had to make up, like a sample review or
            price, is listed for the owner to replace before the site goes live.
          </p>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3" aria-label="Example sites">
            {SHOWN_EXAMPLES.map((example) => (
              <li key={example.label} className="flex">
                <ExampleSite label={example.label} text={example.text} />
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="features-title" className="border-t border-line bg-surface">
          <div className="mx-auto max-w-6xl px-4 py-12 sm:px-6">
            <h2 id="features-title" className="text-headline font-semibold tracking-tight">
              Everything a small business site needs
            </h2>
            <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
              {WHAT_YOU_CAN_DO.map(({ icon: Icon, title, text }) => (
                <li key={title} className="flex gap-3">
                  <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
                    <Icon aria-hidden="true" className="size-5" />
                  </span>
                  <div>
                    <h3 className="font-semibold text-ink">{title}</h3>
                    <p className="mt-1 text-small text-ink-muted">{text}</p>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        </section>
      </main>
      <footer className="border-t border-line">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-6 text-small text-ink-muted sm:px-6">
          <span>PageHub — websites for small businesses</span>
          <span>
            Already have an account?{' '}
            <Link to="/sign-in" className="focus-ring rounded font-medium text-brand-700 underline-offset-4 hover:underline">
              Sign in
            </Link>
          </span>
        </div>
      </footer>
    </div>
  );
}
