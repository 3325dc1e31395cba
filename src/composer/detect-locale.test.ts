import { describe, expect, it } from 'vitest';
import { detectLocale } from './detect-locale.ts';
import { bodyOf } from './language-features.ts';

describe('detectLocale', () => {
  it.each([
    ['en', 'A family bakery in Porto with sourdough bread, pastries and coffee to go.'],
    ['pt', 'Somos uma padaria de bairro em Lisboa com pão de fermentação natural e bolos para encomenda.'],
    ['es', 'Somos una peluquería en Sevilla con cortes, color y peinados para bodas, también para niños.'],
    ['fr', 'Nous sommes une boulangerie à Lyon avec du pain au levain et des viennoiseries pour le petit-déjeuner.'],
    ['de', 'Wir sind eine kleine Tischlerei in Freiburg und bauen Küchen, Treppen und Möbel nach Maß für Sie.'],
    ['it', 'Siamo una piccola gelateria a Bologna con gusti artigianali e anche sorbetti senza lattosio.'],
    ['nl', 'Wij zijn een fietsenmaker in Utrecht en repareren ook e-bikes, met een leenfiets voor onderweg.'],
  ])('reads %s', (locale, text) => {
    expect(detectLocale(text)).toEqual({ locale, unsupported: undefined });
  });

  it('reads an English list of nouns as English, though its trigrams look French', () => {
    expect(detectLocale('vape shop, 300+ e-liquids flavours available, disposables, pods, mods, coil building advice').locale).toBe('en');
  });

  it('keeps a few words in English without calling them another language', () => {
    expect(detectLocale('a vegan bakery in Austin')).toEqual({ locale: 'en', unsupported: undefined });
    expect(detectLocale('Plumber')).toEqual({ locale: 'en', unsupported: undefined });
  });

  it('names a language it does not compose in, and composes in English', () => {
    expect(detectLocale('Piekarnia w Krakowie, świeży chleb codziennie i ciasta domowe na zamówienie')).toEqual({ locale: 'en', unsupported: 'pol' });
  });

  it.each([
    ['es', 'Peluquería canina: baño, corte, uñas. Cita previa. Zaragoza.'],
    ['nl', 'Kapsalon Knip: knippen, kleuren, föhnen. Maandag gesloten.'],
    ['de', 'Fahrradladen: Reparatur, Verkauf, E-Bikes, Leasing. Mo–Fr 9–18 Uhr.'],
    ['pt', 'lavagem de carros ao domicílio, limpeza de estofos, polimento 🚗 Setúbal'],
  ])('reads a short list in %s by its letters and capitals when trigrams hesitate', (locale, text) => {
    expect(detectLocale(text).locale).toBe(locale);
  });

  it.each(['Plumber, boiler repairs, leaks, bathrooms. Leeds.', 'Dog grooming: baths, nail trims, teeth cleaning. Bristol.', 'Barber: fades, beard trims, hot towel shaves. Glasgow.'])(
    'keeps a short English list in English: %s',
    (text) => expect(detectLocale(text).locale).toBe('en'),
  );

  it.each([
    ['it', 'Parrucchiere Da Gino, taglio e piega con prodotti naturali'],
    ['it', 'La Bottega del Pane propone focacce e pizze a Genova.'],
    ['de', 'Zahnarztpraxis am Dom, Prophylaxe und Implantate, alle Kassen'],
    ['es', 'Taller de motos: cambio de aceite, frenos y ruedas en Murcia'],
    ['nl', 'Kapper Bas in Zwolle, knippen en scheren, ook op zaterdag'],
    ['it', 'Agriturismo con camere in collina, vini della casa'],
  ])('reads a short %s text without accents or with brand words by its small words and spellings', (locale, text) => {
    expect(detectLocale(text).locale).toBe(locale);
  });

  it.each([
    "we're a dog walking van for north london",
    'Dog daycare and boarding in Austin, big play yard, webcams',
    'Taco truck: al pastor, carnitas, horchata. Fridays in the brewery lot.',
  ])('never turns a clear English text into another language: %s', (text) => {
    expect(detectLocale(text).locale).toBe('en');
  });

  it.each([
    'El Rancho Grande is a Tex-Mex grill in Dallas with fajitas and margaritas.',
    'Il Fornaio di Nonna bakes focaccia and ciabatta in Seattle.',
  ])('reads English around a business name in another language: %s', (text) => {
    expect(detectLocale(text)).toEqual({ locale: 'en', unsupported: undefined });
  });

  it.each([
    ['nl', 'Boekhandel met tweedehands boeken en een leesclub'],
    ['it', 'Pasticceria con cannoli e sfogliatelle'],
  ])('reads a one-line %s description by its own words', (locale, text) => {
    expect(detectLocale(text).locale).toBe(locale);
  });

  it('reads the body of a text without its names', () => {
    expect(bodyOf('De Gouden Leeuw is a pancake house in Grand Rapids.').replace(/\s+/gu, ' ').trim()).toBe('is a pancake house in .');
  });
});
