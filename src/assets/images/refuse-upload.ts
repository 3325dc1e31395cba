import { AppError } from '../../errors.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS } from './image-limits.ts';

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

/** Why an upload was refused, in words for the person who chose the file — always naming it. */
export const uploadRefusal = {
  tooLarge: (fileName: string, size: number) =>
    new AppError('FILE_TOO_LARGE', {
      detail: `"${fileName}" is ${megabytes(size)} MB; a picture can be up to ${megabytes(MAX_UPLOAD_BYTES)} MB. Save a smaller copy (3000 pixels wide is plenty) and upload that.`,
      errors: [{ path: 'body/file', message: `"${fileName}" is larger than ${megabytes(MAX_UPLOAD_BYTES)} MB` }],
    }),
  notAnImage: (fileName: string, description: string) =>
    new AppError('IMAGE_REFUSED', {
      detail: `"${fileName}" is not a picture PageHub can use (it is ${description}). Upload a JPEG, PNG, WebP, AVIF or GIF.`,
      errors: [{ path: 'body/file', message: `"${fileName}" is ${description}, not a JPEG, PNG, WebP, AVIF or GIF` }],
    }),
  unsafeSvg: (fileName: string, reason: string) =>
    new AppError('IMAGE_REFUSED', {
      detail: `"${fileName}" was not stored: this SVG drawing ${reason}, and a drawing on your site must not run or load anything. Export it again as a plain SVG (no scripts, links or embedded files), or as a PNG with a transparent background, and upload that.`,
      errors: [{ path: 'body/file', message: `"${fileName}" ${reason}` }],
    }),
  tooManyPixels: (fileName: string, width: number, height: number) =>
    new AppError('IMAGE_REFUSED', {
      detail: `"${fileName}" is ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} megapixels); PageHub takes pictures up to ${MAX_UPLOAD_PIXELS / 1e6} megapixels. Save a smaller copy and upload that.`,
      errors: [{ path: 'body/file', message: `"${fileName}" has more than ${MAX_UPLOAD_PIXELS / 1e6} megapixels` }],
    }),
  damaged: (fileName: string) =>
    new AppError('IMAGE_REFUSED', {
      detail: `"${fileName}" could not be read: the file looks damaged or cut short. Open it on your computer, save or export it again, and upload the new copy.`,
      errors: [{ path: 'body/file', message: `"${fileName}" is damaged or incomplete` }],
    }),
};
