// The Business tab: contact details, opening hours (seven days, or not set: the site then says nothing about them)
// and social profiles.
import { DAYS, SOCIAL_LABELS, SOCIAL_NETWORKS, type Day, type DayHours } from '../../../../src/site/index.ts';
import { clearOpeningHours, setBusinessDetail, setOpeningHours, setSocialLink, type BusinessDetail } from '../../../../src/patch/index.ts';
import { plainText, type SiteEditor, valueAt } from '../../editor/index.ts';
import { Button } from '../../ui/index.ts';
import { DraftTextControl } from './fields/draft-text-control.tsx';
import { changeValue } from './fields/field-change.ts';

const CONTACT: readonly (readonly [BusinessDetail, string])[] = [
  ['name', 'Business name'], ['tagline', 'Tagline'], ['email', 'Email'], ['phone', 'Phone'],
  ['address/street', 'Street'], ['address/city', 'City'], ['address/region', 'Region'], ['address/postalCode', 'Postal code'], ['address/country', 'Country'],
];

export function BusinessPanel({ editor }: { editor: SiteEditor }) {
  const site = editor.document;
  const locale = site.locales.default;
  const { hours } = site.business;
  const setDay = (day: Day, value: DayHours) => {
    editor.change(setOpeningHours(site, day, value), 'Change the opening hours', { isTyping: true });
  };

  return (
    <div className="space-y-5">
      <fieldset className="space-y-4">
        <legend className="mb-2 text-small font-semibold">Contact</legend>
        {CONTACT.map(([key, label]) => {
          const raw = valueAt(site, `/business/${key}`);
          return (
            <DraftTextControl key={key} label={label} value={plainText(raw, locale)} onChange={(text) => changeValue(editor.change, setBusinessDetail(site, key, text), `Change the ${label.toLowerCase()}`)} onBlur={editor.flush} />
          );
        })}
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-small font-semibold">Opening hours</legend>
        {hours === undefined ? (
          <div className="space-y-2 text-small">
            <p data-testid="hours-not-set" className="text-ink-muted">Hours not set. The site says nothing about when you are open.</p>
            <Button variant="secondary" size="sm" onClick={() => editor.change(setOpeningHours(site, 'monday', { closed: false, open: '09:00', close: '17:00' }), 'Add opening hours')}>
              Add opening hours
            </Button>
          </div>
        ) : (
          <>
            {DAYS.map((day) => {
              const value: DayHours = hours[day];
              const name = `${day[0]?.toUpperCase()}${day.slice(1)}`;
              return (
                <div key={day} className="flex flex-wrap items-center gap-2 text-small">
                  <span className="w-24 font-medium">{name}</span>
                  <label className="flex items-center gap-1.5">
                    <input type="checkbox" className="focus-ring size-4 accent-brand-700" checked={value.closed} onChange={(event) => setDay(day, event.target.checked ? { closed: true } : { closed: false, open: '09:00', close: '17:00' })} />
                    Closed
                  </label>
                  {value.closed ? null : (
                    <>
                      <input type="time" aria-label={`${name} opens`} className="focus-ring h-9 rounded-control border border-line-strong px-2" value={value.open} onChange={(event) => setDay(day, { ...value, open: event.target.value })} onBlur={editor.flush} />
                      <span aria-hidden="true">–</span>
                      <input type="time" aria-label={`${name} closes`} className="focus-ring h-9 rounded-control border border-line-strong px-2" value={value.close} onChange={(event) => setDay(day, { ...value, close: event.target.value })} onBlur={editor.flush} />
                    </>
                  )}
                </div>
              );
            })}
            <Button variant="ghost" size="sm" className="-ml-2" onClick={() => editor.change(clearOpeningHours(site), 'Remove the opening hours')}>
              Remove the opening hours
            </Button>
          </>
        )}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="mb-2 text-small font-semibold">Social profiles</legend>
        {SOCIAL_NETWORKS.map((network) => (
          <DraftTextControl
            key={network}
            label={SOCIAL_LABELS[network] ?? network}
            type="url"
            value={site.business.socials[network] ?? ''}
            onChange={(text) => changeValue(editor.change, setSocialLink(site, network, text), `Change the ${network} link`)}
            onBlur={editor.flush}
          />
        ))}
      </fieldset>
    </div>
  );
}
