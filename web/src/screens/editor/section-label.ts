// How a section is named in the editor: its catalog label and, when it has one, its heading.
import { sectionDefinition, type Section } from '../../../../src/site/index.ts';
import { plainText } from '../../editor/index.ts';

export function sectionLabel(section: Section, locale: string): { type: string; heading: string } {
  const definition = sectionDefinition(section.type);
  const heading = definition ? plainText(definition.heading(section.props as never), locale) : '';
  return { type: definition?.label ?? section.type, heading };
}
