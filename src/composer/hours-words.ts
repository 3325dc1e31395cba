// Opening hours written in Portuguese, Spanish, French, German, Italian or Dutch, put in the English words the
// hours reader knows (./extract-hours.ts): day names and their short forms, "a"/"bis"/"tot" between days or
// times, "das 8h às 19h", "todos os dias", "fermé le lundi", "Maandag gesloten". Only words next to a day or a
// time are touched, so the rest of the description is read as written.
import type { ComposerLocale } from './detect-locale.ts';

const ENGLISH_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Each language's day names, Monday first: the full name, then the short forms. */
const DAY_NAMES: Readonly<Record<Exclude<ComposerLocale, 'en'>, readonly (readonly string[])[]>> = {
  pt: [['segunda-feira', 'segunda', 'seg'], ['terça-feira', 'terça', 'ter'], ['quarta-feira', 'quarta', 'qua'], ['quinta-feira', 'quinta', 'qui'], ['sexta-feira', 'sexta', 'sex'], ['sábado', 'sáb'], ['domingo', 'dom']],
  es: [['lunes', 'lun'], ['martes', 'mar'], ['miércoles', 'mié'], ['jueves', 'jue'], ['viernes', 'vie'], ['sábado', 'sáb'], ['domingo', 'dom']],
  fr: [['lundi', 'lun'], ['mardi', 'mar'], ['mercredi', 'mer'], ['jeudi', 'jeu'], ['vendredi', 'ven'], ['samedi', 'sam'], ['dimanche', 'dim']],
  de: [['montag', 'mo'], ['dienstag', 'di'], ['mittwoch', 'mi'], ['donnerstag', 'do'], ['freitag', 'fr'], ['samstag', 'sonnabend', 'sa'], ['sonntag', 'so']],
  it: [['lunedì', 'lunedi', 'lun'], ['martedì', 'martedi', 'mar'], ['mercoledì', 'mercoledi', 'mer'], ['giovedì', 'giovedi', 'gio'], ['venerdì', 'venerdi', 'ven'], ['sabato', 'sab'], ['domenica', 'dom']],
  nl: [['maandag', 'ma'], ['dinsdag', 'di'], ['woensdag', 'wo'], ['donderdag', 'do'], ['vrijdag', 'vr'], ['zaterdag', 'za'], ['zondag', 'zo']],
};

const EVERY_DAY = /\b(?:todos os dias|todos los d[ií]as|tous les jours|t[äa]glich|tutti i giorni|dagelijks|elke dag)\b/giu;
const CLOSED = /(?<![\p{L}])(?:fechad[oa]s?|cerrad[oa]s?|ferm[ée]e?s?|geschlossen|chius[oa]|gesloten|ruhetag)(?![\p{L}])/giu;
/** Words for "to" between two days or two times. */
const TO = String.raw`(?:a|à|às|as|ao|al|alle|au|bis|tot|t\/m|até|hasta|fino a|-|–|—)`;
const CLOCK = String.raw`\d{1,2}(?::\d{2})?\s*h?`;

export function hoursInEnglish(text: string, locale: ComposerLocale): string {
  if (locale === 'en') return text;
  let result = text.replace(/(\d{1,2})\s*h\s*(\d{2})\b/gu, '$1:$2').replace(/(\d{1,2})\.(\d{2})\s*uhr\b/giu, '$1:$2');
  DAY_NAMES[locale].forEach((names, index) => {
    const [full = '', ...short] = names;
    const english = ENGLISH_DAYS[index]!;
    result = result.replace(new RegExp(`(?<![\\p{L}])${[full, ...short.filter((name) => name.length > 2)].map(escape).join('|')}(?![\\p{L}])\\.?`, 'giu'), english);
    // Two-letter forms ("Mo", "Za") only where hours are written: before a dash, comma, colon, digit or "bis"/"t/m",
    // or after a dash.
    for (const name of short.filter((candidate) => candidate.length <= 2)) {
      result = result.replace(new RegExp(`(?<![\\p{L}])${name}\\.?(?=\\s*(?:[-–—,/:]|\\d|(?:t\\/m|tot|bis)\\s))|(?<=[-–—]\\s*)${name}(?![\\p{L}])\\.?`, 'giu'), english);
    }
  });
  const day = `(?:${ENGLISH_DAYS.join('|')})`;
  return result
    .replace(new RegExp(`(${day})\\s*${TO}\\s*(${day})`, 'giu'), '$1 to $2')
    .replace(new RegExp(`(?<![\\d:])(${CLOCK})\\s*${TO}\\s*(${CLOCK})`, 'giu'), '$1 to $2')
    .replace(EVERY_DAY, 'every day')
    .replace(CLOSED, 'closed')
    .replace(new RegExp(`closed\\s+(?:\\p{L}{1,3}\\s+)?(${day})`, 'giu'), 'closed $1')
    .replace(new RegExp(`(${day}s?)\\s+closed`, 'giu'), 'closed $1');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
