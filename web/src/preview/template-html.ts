// A starter template's home page, composed in the browser by the offline composer (pure: no Node module, no
// network) from the template's example description, then rendered like any site.
import { composeSite } from '../../../src/composer/index.ts';
import { homePageHtml } from './home-page-html.ts';

export function templateHomePageHtml(prompt: string): string {
  return homePageHtml(composeSite(prompt).site);
}
