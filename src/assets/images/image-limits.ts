/** The most an uploaded file may weigh: a phone's full-size photo fits, a raw camera file does not. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** The most pixels an upload may decode to (sharp's limitInputPixels): refuses decompression bombs. */
export const MAX_UPLOAD_PIXELS = 40_000_000;
/** Widths of the published variants, never wider than the original. */
export const VARIANT_WIDTHS = [480, 960, 1600, 2400] as const;

export type RasterFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
export const RASTER_FORMATS: readonly RasterFormat[] = ['jpeg', 'png', 'webp', 'avif', 'gif'];

/**
 * A JPEG with more pixels than this (a phone's or camera's photo: more than about 2400 × 1700) is stored at once as
 * one display-size file, and its full set of variants is made by a background job (finish-picture.ts); a smaller
 * picture, and any other format, gets every variant before the upload is answered.
 */
export const BACKGROUND_ABOVE_PIXELS = 4_000_000;
/** The width of the one file a picture made in the background shows until its variants exist. */
export const DISPLAY_WIDTH = 1600;
