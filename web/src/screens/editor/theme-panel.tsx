// The Theme tab: colours (a colour picker and its hex code, with contrast warnings, and the logo's own colours
// to pick from), fonts from the curated list (each name shown in its own face), corner radius, light or dark, and
// the logo (a picture from the library, and its text).
import { setLogoImage, setLogoText, setThemeColor, setThemeFont, setThemeMode, setThemeRadius, type PatchOperation, type ThemeColorName } from '../../../../src/patch/index.ts';
import type { Site } from '../../../../src/site/index.ts';
import { contrastWarnings, plainText, type SiteEditor } from '../../editor/index.ts';
import { Alert, Field } from '../../ui/index.ts';
import { DraftTextControl } from './fields/draft-text-control.tsx';
import { FontPicker } from './font-picker.tsx';
import { LogoPicker } from './assets/logo-picker.tsx';
import { changeValue } from './fields/field-change.ts';
import { LogoPalette } from './logo-palette.tsx';

const COLORS: readonly ThemeColorName[] = ['primary', 'secondary', 'accent', 'background', 'surface', 'text', 'muted'];
const SELECT = 'focus-ring block h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-body text-ink';

function ChoiceField({ label, value, options, onChange }: { label: string; value: string; options: readonly (readonly [string, string])[]; onChange: (value: string) => void }) {
  return (
    <Field label={label}>
      {(control) => (
        <select {...control} className={SELECT} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map(([optionValue, optionLabel]) => (
            <option key={optionValue} value={optionValue}>
              {optionLabel}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function ThemePanel({ editor }: { editor: SiteEditor }) {
  const site: Site = editor.document;
  const { theme } = site;
  const warnings = contrastWarnings(theme.colors);
  const set = (operations: PatchOperation[], summary: string, isTyping = false) => changeValue(editor.change, operations, summary, { isTyping });
  const logoText = theme.logo.text;

  return (
    <div className="space-y-5">
      <fieldset className="space-y-3">
        <legend className="mb-2 text-small font-semibold">Colours</legend>
        <LogoPalette siteId={editor.siteId} logo={theme.logo.src} colors={theme.colors} onUse={(name, color) => set(setThemeColor(site, name, color), `Use ${color} from the logo as the ${name} colour`)} />
        {COLORS.map((name) => (
          <div key={name} className="flex items-end gap-2">
            <input
              type="color"
              aria-label={`${name} colour picker`}
              className="focus-ring mb-0.5 h-10 w-12 shrink-0 cursor-pointer rounded-control border border-line-strong bg-surface p-0.5"
              value={theme.colors[name]}
              onChange={(event) => set(setThemeColor(site, name, event.target.value), `Change the ${name} colour`, true)}
              onBlur={editor.flush}
            />
            <div className="min-w-0 flex-1">
              <DraftTextControl
                label={`${name[0]?.toUpperCase()}${name.slice(1)} colour`}
                value={theme.colors[name]}
                onChange={(text) => set(setThemeColor(site, name, text), `Change the ${name} colour`, true)}
                onBlur={editor.flush}
              />
            </div>
          </div>
        ))}
        {warnings.map((warning) => (
          <Alert key={warning} tone="info" title="Low contrast">
            {warning}
          </Alert>
        ))}
      </fieldset>
      <FontPicker label="Heading font" value={theme.fonts.heading} onChange={(value) => set(setThemeFont(site, 'heading', value), 'Change the heading font')} />
      <FontPicker label="Body font" value={theme.fonts.body} onChange={(value) => set(setThemeFont(site, 'body', value), 'Change the body font')} />
      <ChoiceField
        label="Corner radius"
        value={theme.radius}
        options={[['none', 'Square'], ['sm', 'Small'], ['md', 'Medium'], ['lg', 'Large'], ['full', 'Round']]}
        onChange={(value) => set(setThemeRadius(site, value), 'Change the corner radius')}
      />
      <ChoiceField label="Mode" value={theme.mode} options={[['light', 'Light'], ['dark', 'Dark']]} onChange={(value) => set(setThemeMode(site, value), `Switch to ${value} mode`)} />
      <LogoPicker siteId={editor.siteId} source={theme.logo.src} onChange={(source) => set(setLogoImage(site, source), source ? 'Use a picture as the logo' : 'Remove the logo picture')} />
      <DraftTextControl
        label="Logo text"
        value={plainText(logoText, site.locales.default)}
        onChange={(text) => set(setLogoText(site, text), 'Change the logo text', true)}
        onBlur={editor.flush}
      />
    </div>
  );
}
