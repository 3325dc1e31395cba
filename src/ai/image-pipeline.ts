// The image pipeline (../shared/DESIGN.md "AI"): a generate_image request → the subject in the person's words →
// the image role makes one picture → the uploads pipeline stores it (sniffed, limited, variants, in the site's
// library with alt text) → one patch sets it as the section's image. Counting the picture against the person's
// allowance and storing it are the caller's (infrastructure passed in as ImageLibrary); the plan is committed by the
// caller like any chat edit, so undo restores the previous picture.
import { AppError } from '../errors.ts';
import { applySitePatch, outOfScope, setField, type PatchOperation } from '../patch/index.ts';
import { sectionDefinition, type Site } from '../site/index.ts';
import type { EditContext, SelectedSection } from './edit-context.ts';
import { altFromSubject, imageDescription, imageSubject } from './image-prompt.ts';
import type { Intent } from './intent.ts';
import { findUnsafeContent } from './moderation.ts';
import type { RetryPolicy } from './retry.ts';
import { InvalidModelOutputError, type GeneratedImage, type ImageRequest, type ModelRoles, type RoleAnswer } from './roles.ts';
import { IMAGE_TIMEOUT_FACTOR } from './providers/index.ts';

/** A picture once it is in the site's library. */
export interface StoredImage {
  id: string;
  width: number;
  height: number;
  alt: string;
}

/** Where pictures made by the image role go: the caller's allowance and the site's library (src/assets). */
export interface ImageLibrary {
  /** Counts one picture against the person's allowance; throws (429) to refuse before anything is made. */
  claim(): Promise<void>;
  /** Stores the bytes through the uploads pipeline; throws the uploads' AppError when they are no usable picture. */
  store(input: { fileName: string; bytes: Uint8Array; alt: string }): Promise<StoredImage>;
}

export interface ImagePlanInput {
  site: Site;
  prompt: string;
  intent: Intent;
  context: EditContext;
  roles: ModelRoles;
  library: ImageLibrary | undefined;
  retry: RetryPolicy;
  /** Runs one role call with provider retries (the edit pipeline's), mapping provider failures to AI_PROVIDER_UNAVAILABLE. */
  call<T>(retry: RetryPolicy, attempt: (signal: AbortSignal) => Promise<RoleAnswer<T>>): Promise<RoleAnswer<T>>;
}

export type ImagePlan =
  | { kind: 'change'; operations: PatchOperation[]; summary: string; site: Site; asset: StoredImage }
  | { kind: 'question'; question: string };

/** Upload refusals that mean the model's answer was no usable picture. */
const REFUSED_PICTURE = new Set(['IMAGE_REFUSED', 'FILE_TOO_LARGE']);

export async function planImage(input: ImagePlanInput): Promise<ImagePlan> {
  const { roles, context } = input;
  const image = roles.image;
  const found = imageField(input.site, context);
  const subject = imageSubject(input.prompt);
  const request: ImageRequest = { prompt: '', shape: found?.section.type === 'hero' ? 'landscape' : 'square' };
  // Offline the role refuses (ModelRequiredError → AI_MODEL_REQUIRED); nothing is counted for it.
  if (!image.isAvailable) await image.generate(request);
  if (!input.library) return { kind: 'question', question: 'Pictures can be made from the chat in the editor. Here, upload a photo to the site’s library instead.' };
  if (!found) return { kind: 'question', question: noPlaceQuestion(input.site, context) };
  if (subject.subject === '') return { kind: 'question', question: `What should the picture for the ${found.label.toLowerCase()} show? For example: "a photo of fresh bread on a wooden table".` };
  const unsafe = findUnsafeContent(subject.subject, ['prompt']);
  if (unsafe.length > 0) throw new AppError('VALIDATION_FAILED', { errors: unsafe.map((error) => ({ ...error, path: 'body/prompt' })) });

  request.prompt = imageDescription({ subject, businessName: input.site.business.name, industry: input.site.business.industry, place: found.label.toLowerCase() });
  await input.library.claim();
  const retry: RetryPolicy = { ...input.retry, attempts: Math.min(input.retry.attempts, 2), timeoutMs: input.retry.timeoutMs * IMAGE_TIMEOUT_FACTOR };
  const answer = await input.call(retry, (signal) => image.generate(request, signal)).catch((error: unknown) => {
    if (!(error instanceof InvalidModelOutputError)) throw error;
    throw new AppError('AI_OUTPUT_REJECTED', {
      detail: 'The AI assistant could not make this picture (it may have declined the description), so nothing was stored or changed. Describe it differently, or upload a photo of your own.',
      errors: [{ path: 'image', message: 'No picture came back' }],
      cause: error,
    });
  });
  const alt = altFromSubject(subject.subject);
  const asset = await store(input.library, answer.value, subject.subject, alt);

  const operations = setField(input.site, found.section.id, `/${found.path}`, { src: `asset:${asset.id}`, alt, width: asset.width, height: asset.height });
  const result = applySitePatch(input.site, operations);
  const errors = [...outOfScope(operations, context.allowedPaths).map(({ index, path }) => ({ path: `operations/${index}`, message: `Changes ${path}, outside the section's picture` })), ...(result.ok ? [] : result.errors)];
  if (!result.ok || errors.length > 0) {
    throw new AppError('AI_OUTPUT_REJECTED', { detail: 'The new picture is in the library, but it could not be set on the section, so the page was not changed. Pick it there from the library.', errors });
  }
  return { kind: 'change', operations, summary: `${found.label} picture → ${alt} (made by the AI assistant)`, site: result.site, asset };
}

/** Stores the answer through the uploads pipeline; bytes it refuses are the model's fault, said so. */
async function store(library: ImageLibrary, image: GeneratedImage, subject: string, alt: string): Promise<StoredImage> {
  const stem = subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'picture';
  try {
    return await library.store({ fileName: `${stem}.${extensionOf(image.mediaType)}`, bytes: image.bytes, alt });
  } catch (error) {
    if (error instanceof AppError && REFUSED_PICTURE.has(error.code)) {
      throw new AppError('AI_OUTPUT_REJECTED', {
        detail: 'The AI assistant sent back something that is not a usable picture, so nothing was stored or changed. Try again in a moment, or upload a photo of your own.',
        errors: [{ path: 'image', message: error.errors?.[0]?.message ?? error.message }],
        cause: error,
      });
    }
    throw error;
  }
}

function extensionOf(mediaType: string): string {
  return { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' }[mediaType] ?? 'png';
}

/** The first section in scope with a picture of its own (not one inside a list), with the field's path and label. */
function imageField(site: Site, context: EditContext): { section: SelectedSection; path: string; label: string } | undefined {
  for (const section of context.sections) {
    const definition = sectionDefinition(section.type);
    const field = definition?.fields.find((candidate) => candidate.kind === 'image' && !candidate.path.includes('.'));
    if (definition && field && site.pages[section.pageIndex]?.sections[section.sectionIndex]?.id === section.id) return { section, path: field.path, label: definition.label };
  }
  return undefined;
}

function noPlaceQuestion(site: Site, context: EditContext): string {
  const named = context.sections[0] ? sectionDefinition(context.sections[0].type)?.label : undefined;
  const page = context.page ? site.pages[context.page.index] : site.pages[0];
  const places = (page?.sections ?? [])
    .map((section) => sectionDefinition(section.type))
    .filter((definition) => definition?.fields.some((field) => field.kind === 'image' && !field.path.includes('.')))
    .map((definition) => definition!.label.toLowerCase());
  const where = named ? `The ${named.toLowerCase()} section has no place for one picture.` : 'I could not find the section for the picture.';
  return places.length > 0 ? `${where} Should it go in the ${[...new Set(places)].join(' or the ')} instead?` : `${where} Which section should show it (the hero or a text section)?`;
}
