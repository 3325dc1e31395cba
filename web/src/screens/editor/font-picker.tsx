// A font field: a button naming the current family that opens the curated list, every name set in its own face
// (the faces load when a picker first opens), grouped by kind, as radio buttons so the keyboard works as usual.
import { useEffect, useId, useState } from 'react';
import { FONTS, resolveFontId, type FontFamilyId, type FontId } from '../../../../src/site/index.ts';
import { Label } from '../../ui/index.ts';
import { loadPickerFonts, pickerFontFamily } from '../../editor/index.ts';

const KINDS = [
  ['sans', 'Sans serif'],
  ['serif', 'Serif'],
  ['display', 'Display'],
  ['script', 'Handwritten'],
  ['mono', 'Monospace'],
] as const;

const ids = Object.keys(FONTS) as FontFamilyId[];

export function FontPicker({ label, value, onChange }: { label: string; value: FontId; onChange: (id: FontFamilyId) => void }) {
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const current = resolveFontId(value);
  useEffect(() => {
    if (isOpen) void loadPickerFonts();
  }, [isOpen]);

  return (
    <div className="space-y-1.5">
      <Label htmlFor={`${id}-button`}>{label}</Label>
      <button
        id={`${id}-button`}
        type="button"
        aria-expanded={isOpen}
        aria-controls={`${id}-list`}
        aria-label={`${label}: ${FONTS[current].label}`}
        className="focus-ring flex h-11 w-full items-center justify-between rounded-control border border-line-strong bg-surface px-3 text-left text-body text-ink"
        onClick={() => setOpen(!isOpen)}
      >
        <span style={{ fontFamily: pickerFontFamily(current) }}>{FONTS[current].label}</span>
        <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
      </button>
      {isOpen ? (
        <fieldset id={`${id}-list`} className="max-h-80 space-y-3 overflow-y-auto rounded-control border border-line-strong bg-surface p-3">
          <legend className="sr-only">{label}</legend>
          {KINDS.map(([kind, heading]) => (
            <div key={kind} role="group" aria-label={heading}>
              <p className="mb-1 text-small font-semibold text-ink-muted">{heading}</p>
              {ids
                .filter((font) => FONTS[font].kind === kind)
                .map((font) => (
                  <label key={font} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-control px-2 hover:bg-canvas">
                    <input
                      type="radio"
                      name={`${id}-font`}
                      value={font}
                      checked={font === current}
                      onChange={() => {
                        onChange(font);
                        setOpen(false);
                      }}
                    />
                    <span className="text-lg" style={{ fontFamily: pickerFontFamily(font) }}>
                      {FONTS[font].label}
                    </span>
                  </label>
                ))}
            </div>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
