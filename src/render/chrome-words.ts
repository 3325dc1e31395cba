/**
 * The fixed words of the page around the sections — skip link, menus, footer headings, the 404 page — in the
 * languages the section files already speak. Every page takes its locale's words (a site composed in Portuguese
 * says "Saltar para o conteúdo"), falling back to English for a language we do not ship.
 */
export interface ChromeWords {
  skipToContent: string;
  /** Accessible names of the navigation landmarks; the two header ones must differ. */
  mainNavigation: string;
  mobileNavigation: string;
  footerNavigation: string;
  menu: string;
  pages: string;
  contact: string;
  follow: string;
  language: string;
  notFoundTitle: string;
  notFoundHeading: string;
  notFoundLead: string;
  notFoundAction: string;
  /** `{site}` is replaced by the site's name. */
  notFoundDescription: string;
  /** The page a visitor lands on after sending a contact form (thanks/index.html). */
  thanksTitle: string;
  thanksAction: string;
}

const ENGLISH: ChromeWords = {
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  mobileNavigation: 'Main menu',
  footerNavigation: 'Footer',
  menu: 'Menu',
  pages: 'Pages',
  contact: 'Contact',
  follow: 'Follow',
  language: 'Language',
  notFoundTitle: 'Page not found',
  notFoundHeading: 'We could not find that page',
  notFoundLead: 'The page may have moved, or the address may have a typo.',
  notFoundAction: 'Go to the home page',
  notFoundDescription: 'The page you asked for is not on {site}.',
  thanksTitle: 'Message sent',
  thanksAction: 'Back to the site',
};

const TRANSLATIONS: Record<string, ChromeWords> = {
  en: ENGLISH,
  es: {
    skipToContent: 'Saltar al contenido',
    mainNavigation: 'Principal',
    mobileNavigation: 'Menú principal',
    footerNavigation: 'Pie de página',
    menu: 'Menú',
    pages: 'Páginas',
    contact: 'Contacto',
    follow: 'Síguenos',
    language: 'Idioma',
    notFoundTitle: 'Página no encontrada',
    notFoundHeading: 'No encontramos esa página',
    notFoundLead: 'Puede que la página se haya movido o que la dirección tenga un error.',
    notFoundAction: 'Ir a la página de inicio',
    notFoundDescription: 'La página que buscas no está en {site}.',
    thanksTitle: 'Mensaje enviado',
    thanksAction: 'Volver al sitio',
  },
  pt: {
    skipToContent: 'Ir para o conteúdo',
    mainNavigation: 'Principal',
    mobileNavigation: 'Menu principal',
    footerNavigation: 'Rodapé',
    menu: 'Menu',
    pages: 'Páginas',
    contact: 'Contacto',
    follow: 'Siga-nos',
    language: 'Idioma',
    notFoundTitle: 'Página não encontrada',
    notFoundHeading: 'Não encontrámos essa página',
    notFoundLead: 'A página pode ter mudado de endereço, ou o endereço pode ter um erro.',
    notFoundAction: 'Ir para a página inicial',
    notFoundDescription: 'A página que procura não está em {site}.',
    thanksTitle: 'Mensagem enviada',
    thanksAction: 'Voltar ao site',
  },
  fr: {
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
    mobileNavigation: 'Menu principal',
    footerNavigation: 'Pied de page',
    menu: 'Menu',
    pages: 'Pages',
    contact: 'Contact',
    follow: 'Suivez-nous',
    language: 'Langue',
    notFoundTitle: 'Page introuvable',
    notFoundHeading: 'Nous n’avons pas trouvé cette page',
    notFoundLead: 'La page a peut-être été déplacée, ou l’adresse contient une faute de frappe.',
    notFoundAction: 'Aller à la page d’accueil',
    notFoundDescription: 'La page demandée n’existe pas sur {site}.',
    thanksTitle: 'Message envoyé',
    thanksAction: 'Retour au site',
  },
  de: {
    skipToContent: 'Zum Inhalt springen',
    mainNavigation: 'Hauptnavigation',
    mobileNavigation: 'Hauptmenü',
    footerNavigation: 'Fußzeile',
    menu: 'Menü',
    pages: 'Seiten',
    contact: 'Kontakt',
    follow: 'Folgen Sie uns',
    language: 'Sprache',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundHeading: 'Diese Seite konnten wir nicht finden',
    notFoundLead: 'Die Seite wurde vielleicht verschoben, oder die Adresse enthält einen Tippfehler.',
    notFoundAction: 'Zur Startseite',
    notFoundDescription: 'Die gesuchte Seite gibt es auf {site} nicht.',
    thanksTitle: 'Nachricht gesendet',
    thanksAction: 'Zurück zur Website',
  },
  it: {
    skipToContent: 'Vai al contenuto',
    mainNavigation: 'Principale',
    mobileNavigation: 'Menu principale',
    footerNavigation: 'Piè di pagina',
    menu: 'Menu',
    pages: 'Pagine',
    contact: 'Contatti',
    follow: 'Seguici',
    language: 'Lingua',
    notFoundTitle: 'Pagina non trovata',
    notFoundHeading: 'Non troviamo questa pagina',
    notFoundLead: 'La pagina potrebbe essere stata spostata, oppure l’indirizzo contiene un errore.',
    notFoundAction: 'Vai alla home page',
    notFoundDescription: 'La pagina che cerchi non è su {site}.',
    thanksTitle: 'Messaggio inviato',
    thanksAction: 'Torna al sito',
  },
  nl: {
    skipToContent: 'Naar de inhoud',
    mainNavigation: 'Hoofdnavigatie',
    mobileNavigation: 'Hoofdmenu',
    footerNavigation: 'Voettekst',
    menu: 'Menu',
    pages: 'Pagina’s',
    contact: 'Contact',
    follow: 'Volg ons',
    language: 'Taal',
    notFoundTitle: 'Pagina niet gevonden',
    notFoundHeading: 'We kunnen die pagina niet vinden',
    notFoundLead: 'De pagina is misschien verplaatst, of het adres bevat een typfout.',
    notFoundAction: 'Naar de startpagina',
    notFoundDescription: 'De pagina die je zoekt staat niet op {site}.',
    thanksTitle: 'Bericht verzonden',
    thanksAction: 'Terug naar de website',
  },
};

/** The chrome words for a page in `locale` (`pt-BR` uses `pt`); English when we do not ship that language. */
export function chromeWords(locale: string): ChromeWords {
  return TRANSLATIONS[locale] ?? TRANSLATIONS[locale.split('-')[0] ?? locale] ?? ENGLISH;
}

