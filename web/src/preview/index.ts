// Previews of a site drawn by the real renderer: thumbnails, and the HTML they show.
export { SiteThumbnail } from './site-thumbnail.tsx';
// The renderer (and, for templates, the composer) load on first use, each in its own chunk.
export const loadHomePageHtml = async () => (await import('./home-page-html.ts')).homePageHtml;
export const loadTemplateHomePageHtml = async () => (await import('./template-html.ts')).templateHomePageHtml;
