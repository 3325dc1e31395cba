// A description in Portuguese, Spanish, French, German, Italian or Dutch becomes a site in that language: the
// locale and `<html lang>`, the page chrome, the navigation, every heading and button the composer writes, the
// legal pages — valid HTML (html-validate) with the business's own words kept as written. The descriptions are
// written for this test, not taken from the evaluation sets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { composeSite } from '../src/composer/index.ts';
import { render } from '../src/render/index.ts';
import { parseDocument, textContent } from './support/dom.ts';
import { REPO_ROOT } from './support/run-cli.ts';

const DESCRIPTIONS = [
  { lang: 'pt', text: 'A Oficina do Pão é uma padaria de bairro em Coimbra. Fazemos broa de milho, pão de centeio, bolos de arroz e pastéis de nata todos os dias. Encomendas pelo telefone 239 555 123.', words: ['Início', 'Sobre nós', 'Fale connosco', 'Política de privacidade'], listed: ['Broa de milho', 'Bolos de arroz'] },
  { lang: 'es', text: 'Taller Ruiz es un taller de bicicletas en Valencia: reparación de pinchazos, ajuste de frenos, cambio de cadena y revisión completa. Trabajamos con cita previa.', words: ['Inicio', 'Quiénes somos', 'Contáctenos', 'Política de privacidad'], listed: ['Ajuste de frenos', 'Revisión completa'] },
  { lang: 'fr', text: 'Atelier Lumière est un studio de photographie à Lyon. Nous proposons des portraits, des photos de mariage, des photos de produits et des ateliers pour débutants. Écrivez-nous pour un devis.', words: ['Accueil', 'À propos', 'Nous contacter', 'Politique de confidentialité'], listed: [] },
  { lang: 'de', text: 'Die Gärtnerei Blattwerk in Freiburg verkauft Stauden, Kräuter, Obstbäume und Zimmerpflanzen. Wir beraten Sie gern bei der Gartenplanung und liefern in der ganzen Region. Geöffnet Mo–Sa 8–18 Uhr.', words: ['Start', 'Über uns', 'Kontakt aufnehmen', 'Datenschutzerklärung'], listed: ['Stauden', 'Obstbäume'] },
  { lang: 'it', text: 'La Bottega del Gelato a Bologna prepara ogni giorno gelato artigianale con latte fresco: pistacchio, nocciola, fiordilatte e sorbetti alla frutta. Siamo aperti fino a mezzanotte.', words: ['Chi siamo', 'Contattaci', 'Informativa sulla privacy'], listed: ['Pistacchio', 'Nocciola'] },
  { lang: 'nl', text: 'Fietsenmaker De Spaak in Utrecht repareert en onderhoudt alle fietsen: lekke banden, remmen, versnellingen en elektrische fietsen. Je kunt zonder afspraak langskomen.', words: ['Over ons', 'Neem contact op', 'Privacybeleid'], listed: ['Remmen', 'Versnellingen'] },
] as const;

/** English the composer would write in an English site; none of it belongs on these pages. */
const ENGLISH_CHROME = /\b(?:Skip to content|Get in touch|Send message|Your name|Our story|About us|Privacy policy|Terms of use|Contact details|Opening hours|What we offer|Home)\b/;

const validator = new HtmlValidate({ root: true, extends: [], ...JSON.parse(readFileSync(join(REPO_ROOT, '.htmlvalidate.json'), 'utf8')) });

describe.each(DESCRIPTIONS)('a description in $lang', ({ lang, text, words, listed }) => {
  const { site, notes } = composeSite(text);
  const files = render(site, { baseUrl: 'https://example.test' });
  const pages = [...files.entries()].filter(([path]) => path.endsWith('.html'));

  it('becomes a site in that language, and the notes say so', () => {
    expect(site.locales).toEqual({ default: lang, available: [lang] });
    expect(notes.map((note) => note.text).join(' ')).toMatch(/I wrote the site in \w+, the language of your description/);
    for (const [path, markup] of pages) expect(String(markup), path).toContain(`<html lang="${lang}"`);
  });

  it('says its own words in every page chrome, heading and button, and keeps what the description lists', () => {
    const allText = pages.map(([, markup]) => textContent(parseDocument(String(markup)))).join('\n');
    for (const word of words) expect(allText).toContain(word);
    for (const item of listed) expect(allText.toLowerCase()).toContain(item.toLowerCase());
    expect(allText).not.toMatch(ENGLISH_CHROME);
    expect(allText).toContain(site.name);
  });

  it('puts opening hours the description gives in the hours table', () => {
    if (!/Uhr/.test(text)) return;
    expect(site.business.hours?.monday).toEqual({ closed: false, open: '08:00', close: '18:00' });
    expect(site.business.hours?.sunday).toEqual({ closed: true });
    expect(site.pages.find((page) => page.id === 'contact')?.sections.map((section) => section.type)).toContain('hours');
  });

  it('renders valid HTML on every page', async () => {
    for (const [path, markup] of pages) {
      const report = await validator.validateString(String(markup), path);
      expect(report.results.flatMap((entry) => entry.messages.map((message) => `${path}:${message.line} ${message.ruleId} ${message.message}`))).toEqual([]);
    }
  });
});

it('writes a description in a language PageHub does not compose in as an English site, and says so', () => {
  const { site, notes } = composeSite('Kwiaciarnia Róża w Krakowie: bukiety ślubne, kwiaty cięte i wieńce. Zapraszamy od poniedziałku do soboty, dostawa w całym mieście.');
  expect(site.locales.default).toBe('en');
  expect(notes.map((note) => note.text).join(' ')).toMatch(/language PageHub can't write sites in yet|did not look like English/);
});
