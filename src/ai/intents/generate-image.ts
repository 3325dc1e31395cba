// generate_image: a new picture for a section ("generate a photo of fresh bread for the hero"). The image role makes
// it and the image pipeline (../image-pipeline.ts) stores it and sets the section's image, so no editor is asked;
// the context below is what that patch may touch. Offline, making images needs an image model.
import { IMAGE_TASK, INSTEAD, modelRequired } from '../offline-rules/editor/refusals.ts';
import { generateImageRule } from '../offline-rules/intent/special-rules.ts';
import { sectionPointer } from './context-draft.ts';
import { removesContent, type IntentModule } from './intent-module.ts';
import { selectPartOrSections } from './section-parts.ts';

declare module '../intent.ts' {
  interface IntentTypeNames {
    generate_image: true;
  }
}

export const generateImage: IntentModule<'generate_image'> = {
  type: 'generate_image',
  target: 'section type',
  risk: 'low',
  describeRisk: removesContent,
  selectContext: (draft) =>
    selectPartOrSections(draft, {
      section(section) {
        draft.allow(sectionPointer(section, 'props', 'image'));
        draft.show(sectionPointer(section, 'props'));
      },
    }),
  offlineEdit() {
    throw modelRequired(IMAGE_TASK, 'PAGEHUB_MODEL_IMAGE', INSTEAD.images);
  },
  offlineRule: generateImageRule,
};
