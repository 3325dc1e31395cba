import nlp from 'compromise';
import { isWholeTradeWord } from '../detect-industry.ts';
import type { ComposerLocale } from '../detect-locale.ts';
import { remember } from './remember.ts';

// What tells a capitalised run is the business's name: what follows it. A name is what a sentence is about, so a
// verb follows ("Sparks Electrical covers Brighton", "A Casa da Quinta do Souto tem 6 quartos"), perhaps after
// where it is ("Gentle Dental Co. in Brisbane offers …") or an aside ("(NICEIC approved)"); or an apposition, a
// colon or a dash ("Iron Forge Gym, a 24/7 gym", "Northwind: …").

/** Verbs a business does, per language, in the third person. English also goes through compromise's tagger. */
const VERBS: Readonly<Record<ComposerLocale, string>> = {
  en: String.raw`is|are|was|were|has|have|had|helps|offers|provides|sells|makes|creates|builds|brings|delivers|opened|opens|began|started|became|welcomes|specialises|specializes|teaches|does|hosts|designs|organises|organizes|operates|supports|won|will|can`,
  pt: String.raw`é|são|tem|têm|oferece|oferecem|fica|está|faz|fazem|vende|acompanha|trabalha|atende|nasceu|abriu|produz|organiza|cuida|serve|ensina|recebe|conta|foi|existe|fabrica|repara|prepara|cria|instala|realiza|entrega|aluga|conserta|trata|leva|traz|cultiva|importa|distribui|restaura|pinta|limpa|transporta|apoia|ajuda|acolhe|aposta|garante|oferecemos|possui|conta com|funciona|abre|dispõe|disponibiliza|presta|promove|representa|reúne|junta|vendem|atendem`,
  es: String.raw`es|son|tiene|tienen|ofrece|ofrecen|está|se encuentra|hace|vende|nació|abrió|sirve|trabaja|organiza|produce|atiende|lleva|cuida|enseña|recibe|cuenta|fue|existe|fabrica|repara|prepara|elabora|diseña|construye|instala|imparte|realiza|alquila|arregla|cultiva|distribuye|importa|restaura|pinta|limpia|transporta|apoya|ayuda|acoge|garantiza|dispone|cuenta con|funciona|abre|presta|promueve|representa|reúne|gestiona|asesora|acompaña|forma|entrena|venden|hacen|atienden|trabajan|organizan`,
  fr: String.raw`est|sont|a|ont|propose|proposent|offre|se trouve|fait|vend|accueille|organise|existe|travaille|sert|enseigne|produit|fabrique|répare|était|fut|fabrique|prépare|crée|construit|installe|réalise|livre|intervient|interviennent|installent|entretient|entretiennent|joue|jouent|soigne|soignent|loue|louent|vendent|réparent|créent|livrent|accompagne|accompagnent|conseille|conseillent|forme|forment|assure|assurent|dépanne|dépannent|nettoie|nettoient|peint|peignent|rénove|rénovent|restaure|restaurent|cultive|cultivent|élève|élèvent|gère|gèrent|tient|tiennent|transporte|transportent|sillonne|sillonnent|garde|gardent|prend|prennent|aide|aident|ouvre|ouvrent|distribue|importe|organisent|accueillent|servent|produisent|fabriquent|réalisent|préparent|construisent|enseignent|donne|donnent|vous propose|vous accueille|vous invite|vous attend|vous reçoit|reçoit|regroupe|réunit|défend|anime|animent|cuisine|cuisinent|torréfie|brasse|distille|imprime|coupe|coiffe|photographie|écrit|traduit|dessine|conçoit|conçoivent|habille|chausse|héberge|emmène|guide|guident|couvre|dessert|existe depuis|a ouvert|ont ouvert`,
  de: String.raw`ist|sind|hat|haben|bietet|liegt|macht|verkauft|gibt(?:['’]s)?|steht|war|wurde|arbeitet|repariert|backt|braut|betreut|begleitet|unterrichtet|serviert|lädt|öffnet|existiert|fertigt|baut|installiert|pflegt|liefert|führt|vermietet|verleiht|bäckt|kocht|pflegen|bieten|machen|verkaufen|reparieren|betreuen|begleiten|unterrichten|bauen|liefern|fertigen|installieren|organisiert|organisieren|hilft|helfen|berät|beraten|schneidet|färbt|renoviert|restauriert|saniert|reinigt|reinigen|transportiert|fährt|erstellt|entwickelt|gestaltet|gestalten|druckt|züchtet|baut an|produziert|vertreibt|importiert|sorgt|kümmert sich|vermittelt|versorgt|behandelt|behandeln|trainiert|coacht|übernimmt|empfängt|öffnete|eröffnete|feiert|besteht`,
  it: String.raw`è|sono|ha|hanno|offre|si trova|propone|fa|vende|organizza|produce|nasce|accoglie|lavora|serve|insegna|ripara|cura|era|fu|fabbrica|prepara|realizza|costruisce|installa|vendono|affitta|noleggia|riparano|curano|coltiva|alleva|importa|distribuisce|restaura|dipinge|pulisce|trasporta|aiuta|accompagna|forma|allena|consiglia|gestisce|garantisce|dispone|conta|funziona|apre|presta|promuove|rappresenta|riunisce|ospita|offrono|propongono|fanno|producono|organizzano|accolgono|servono|insegnano|preparano|realizzano`,
  nl: String.raw`is|zijn|heeft|hebben|biedt|ligt|zit|maakt|verkoopt|verzorgt|organiseert|staat|werkt|repareert|bakt|brouwt|geeft|was|werd|levert|bouwt|installeert|serveert|verhuurt|verkopen|maken|bieden|leveren|bouwen|verzorgen|begeleidt|begeleiden|helpt|helpen|adviseert|adviseren|geeft les|traint|behandelt|behandelen|knipt|schildert|schilderen|restaureert|poetst|reinigt|vervoert|ontwerpt|ontwerpen|kweekt|teelt|produceert|importeert|regelt|organiseren|ontvangt|verwelkomt|opende|bestaat`,
};

/** Capitalised words of a place, not past a sentence's end ("in Grimsby. Carpets, …"); "St. Ives" is one place. */
const PLACE_WORDS = String.raw`[\p{Lu}][\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}]+)*(?:(?<!\p{Ll}{3}\.)\s+(?:&\s+)?[\p{Lu}][\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}]+)*)*`;
const WHERE = String.raw`(?:in|at|on|from|near|em|no|na|en|à|au|a|im|am|aus|op|te|uit|bij|nel|nella|ad|di|da|del|de|desde)`;
/** What may stand between a name and its verb: an aside in brackets, where it is, a city after a comma. */
const BETWEEN = String.raw`(?:\s*\([^()]{1,80}\))?(?:,?\s+${WHERE}\s+(?:(?:the|der|dem|la|le|el|o|a)\s+)?${PLACE_WORDS})?(?:,\s+${PLACE_WORDS})*,?`;
const APPOSITION = String.raw`,\s+(?:a|an|the|your|um|uma|un|una|une|ein|eine|einer|een|uno|il|la|le|el|o|a|o)\s`;

/** English verbs that are also plural nouns ("Regular cleans are $55"): a cue after a run of words, not after one word. */
const ENGLISH_VERBS_OR_NOUNS = String.raw`covers|serves|runs|repairs|fixes|installs|cleans|bakes|brews|roasts|grows|works|trains|treats|cares|caters|stocks|carries|turns|puts|gives|lets|keeps|sits|stands|lies|looks|takes|uses|rents|hires|grooms|walks|tutors|coaches|paints|prints|frames|tailors|mends|plants|cuts|styles|colours|colors|trims|tattoos|photographs|films|records|mixes|cooks|plays|guides|tests|checks|supplies|ships|posts|sources|loves|believes|prides|promises|aims|wants`;

const verbAfter = new Map<string, RegExp>();
const LEADS_TO_VERB = new RegExp(`^${BETWEEN}`, 'u');
const OPENS_APPOSITION = new RegExp(`^${APPOSITION}`, 'iu');

/** What follows a name once where it is has been passed: " in Dayton. We …" → ". We …". */
export function afterWhereItIs(rest: string): string {
  return rest.slice(whereItIsLength(rest));
}

/** How long where the business is runs ("(NICEIC approved) in Brighton"); not a trade's words ("in Time Alterations"). */
function whereItIsLength(rest: string): number {
  const where = LEADS_TO_VERB.exec(rest)?.[0] ?? '';
  const words = where.match(/\p{Lu}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.some((word) => isWholeTradeWord(word)) ? 0 : where.length;
}

/**
 * True when what follows a candidate name says it is the name: a verb, an apposition, a colon or a spaced dash. One
 * word alone needs a verb of the list: the tagger reads "Birthday parties available" as a verb too.
 */
export function isFollowedByCue(rest: string, locale: ComposerLocale, isSingleWord = false): boolean {
  if (/^\s*(?::|\s[-–—]\s)/u.test(rest) || OPENS_APPOSITION.test(rest)) return true;
  // "Blue Heron since 2015.", "Kiln & Co, est. 2012": since when it has been
  if (!isSingleWord && /^,?\s+(?:since|est\.?|established|founded)\s+(?:in\s+)?\d{4}/u.test(rest)) return true;
  // "Honey Bee here, grooming since 2015": a business saying hello
  if (!isSingleWord && /^\s+here\s*(?:[,!:]|\s[-–—]\s)/u.test(rest)) return true;
  const text = withoutAdverb(afterWhereItIs(rest));
  // "Clínica dental Sonrisa Plena en Bilbao: limpiezas, …": a name of several words, where it is, then a colon
  // (not in German or Dutch, where every noun has a capital: "Dachdeckerei im Raum Kassel: …" is a heading)
  if (!isSingleWord && locale !== 'de' && locale !== 'nl' && text !== rest && /^\s*(?::|\s[-–—]\s)/u.test(text)) return true;
  return startsWithVerb(text, locale, isSingleWord) || (!isSingleWord && PLURAL_VERB.test(text));
}

/**
 * True when a verb follows a name of several words, perhaps after where it is; a plural verb too ("Pearson & Sons
 * Funeral Directors support …", "Two Guys and a Van do …", "The folks at Highland Heating install …").
 */
export function isFollowedByVerb(rest: string, locale: ComposerLocale): boolean {
  const text = withoutAdverb(afterWhereItIs(rest));
  return startsWithVerb(text, locale, false) || PLURAL_VERB.test(text);
}

/** "Velvet Crumb also runs baking classes": a word that says how or when stands between a name and its verb. */
function withoutAdverb(text: string): string {
  return text.replace(/^\s+(?:also|now|still|even|always|proudly|only|just|often|currently|already|happily|usually|mainly|mostly)(?=\s)/u, '');
}

/** What a business of several people or words does, in the plural. */
const PLURAL_VERB = /^\s+(?:offer|provide|support|help|make|do|repair|cover|serve|run|sell|build|fix|install|clean|bake|brew|roast|grow|design|create|deliver|teach|look|care|work|speciali[sz]e|welcome|bring|host|organi[sz]e|treat|train|keep|take|give|love|cook|craft|stock|supply|restore|paint|plan|guide|lead|turn|hand-?make)(?![\p{L}])/u;

/** True when `text` (what follows a name and where it is) opens with a verb of the locale or of English. */
function startsWithVerb(text: string, locale: ComposerLocale, isSingleWord: boolean): boolean {
  const key = `${locale}${isSingleWord ? '-single' : ''}`;
  if (!verbAfter.has(key)) {
    const english = isSingleWord ? VERBS.en : `${VERBS.en}|${ENGLISH_VERBS_OR_NOUNS}`;
    const verbs = locale === 'en' ? english : `${VERBS[locale]}|${english}`;
    verbAfter.set(key, new RegExp(`^\\s+(?:${verbs})(?![\\p{L}\\p{M}])`, 'iu'));
  }
  if (verbAfter.get(key)!.test(text)) return true;
  // "En Fisioterapia Turia tratamos …", "Chez Marcel, nous …": a verb for "we" after where the business is
  if (locale !== 'en' && /^\s+\p{Ll}[\p{L}]+(?:amos|emos|imos|iamo|ons)(?![\p{L}])/u.test(text)) return true;
  const next = /^\s+([\p{Ll}][\p{L}'’-]*)/u.exec(text)?.[1];
  return next !== undefined && locale === 'en' && !isSingleWord && isEnglishVerb(next, text);
}

/** An English verb in the third person ("curates", "stocks"), as compromise's tagger reads it. */
function isEnglishVerb(word: string, text: string): boolean {
  return /[^s']s$/u.test(word) && isVerbAfterSubject(text.trim().split(/\s+/).slice(0, 4).join(' '));
}

const isVerbAfterSubject = remember((words: string): boolean => {
  const term = nlp(`It ${words}`).terms().eq(1);
  return term.has('#Verb') && !term.has('#Gerund');
});
