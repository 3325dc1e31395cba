import type { PhraseBook } from './phrase-book.ts';

// Dutch, addressing visitors as "je", as most Dutch small businesses do online.

export const dutch: PhraseBook = {
  englishName: 'Dutch',
  inPlace: ' in {place}',
  and: 'en',
  nav: { home: 'Home', about: 'Over ons', contact: 'Contact' },
  offerPage: {
    services: 'Diensten', menu: 'Menukaart', rooms: 'Kamers', classes: 'Lessen', treatments: 'Behandelingen', shop: 'Winkel',
    portfolio: 'Portfolio', work: 'Werk', programs: 'Programma’s', membership: 'Lidmaatschap',
  },
  action: 'Neem contact op',
  call: 'Bel {phone}',
  offerHeading: 'Wat we doen',
  offerText: 'Wat {name} aanbiedt{inPlace}.',
  about: { eyebrow: 'Over ons', heading: 'Over {name}', ownWords: 'In onze eigen woorden' },
  cta: { heading: 'Neem contact op', text: 'Stuur {name} een bericht, of vind de gegevens op de contactpagina.' },
  contact: {
    heading: 'Neem contact op',
    intro: 'Stuur ons een bericht.',
    name: 'Je naam',
    email: 'E-mail',
    message: 'Bericht',
    submit: 'Bericht versturen',
    success: 'Bedankt — {name} heeft je bericht ontvangen en reageert snel.',
    detailsHeading: 'Contactgegevens',
    detailsIntro: 'Zo bereik je {name} het snelst.',
    hoursHeading: 'Openingstijden',
    findHeading: 'Hier vind je ons',
    directions: 'Je vindt {name}{inPlace}. Stuur ons een bericht als je vooraf een routebeschrijving wilt.',
  },
  seo: {
    home: '{name}{inPlace}.',
    offer: '{page} van {name}{inPlace}.',
    about: 'Maak kennis met {name}{inPlace}: ons verhaal, in onze eigen woorden.',
    contact: 'Neem contact op met {name}{inPlace}: stuur een bericht of bekijk de gegevens.',
  },
  privacy: {
    title: 'Privacybeleid',
    description: 'Hoe {name} je persoonsgegevens verzamelt, gebruikt en beschermt, en welke keuzes je hebt.',
    sections: [
      ['', '{name}{inPlace} („wij”) beheert deze website. Dit beleid legt uit welke persoonsgegevens we via de website verzamelen, waarom, en welke keuzes je hebt.'],
      ['Wat we verzamelen', '- **Wat je ons stuurt.** Als je het contactformulier gebruikt, ontvangen we wat je invult: meestal je naam, e-mailadres en bericht.\n- **Technische basisgegevens.** Zoals de meeste websites houdt onze hostingpartij gewone serverlogs bij (IP-adres, browser, opgevraagde pagina’s) om de site veilig en werkend te houden.'],
      ['Waarvoor we ze gebruiken', 'We gebruiken je gegevens alleen om je te antwoorden, te leveren wat je vraagt en aan de wet te voldoen. Geen reclame, geen bezoekersprofielen, en we verkopen je gegevens nooit.'],
      ['Met wie we ze delen', 'Alleen met dienstverleners die ons helpen de website en het bedrijf te draaien (hosting, e-mail), voor zover nodig, of als de wet het vereist.'],
      ['Hoe lang we ze bewaren', 'We bewaren berichten zolang we ze nodig hebben voor je vraag en verwijderen ze daarna, meestal binnen twee jaar, tenzij de wet langer vereist.'],
      ['Je rechten', 'Je kunt een kopie van je gegevens vragen, ze laten corrigeren of verwijderen, bezwaar maken tegen het gebruik, en een klacht indienen bij de toezichthouder.'],
      ['Contact', 'Vragen over dit beleid? {contact}'],
      ['Wijzigingen', 'We kunnen dit beleid aanpassen; de geldende versie staat altijd op deze pagina.'],
    ],
  },
  terms: {
    title: 'Gebruiksvoorwaarden',
    description: 'De voorwaarden die gelden als je de website van {name} gebruikt.',
    sections: [
      ['', 'Deze voorwaarden gelden voor het gebruik van de website van {name}. Door de site te gebruiken ga je ermee akkoord; ben je het er niet mee eens, gebruik de site dan niet.'],
      ['Informatie op deze website', 'We houden de informatie actueel, maar prijzen, openingstijden en beschikbaarheid kunnen veranderen: controleer wat belangrijk is rechtstreeks bij {name}.'],
      ['Aanvragen', 'Een bericht via deze website is een aanvraag, geen bevestigde bestelling of overeenkomst. Een afspraak bestaat pas als wij die bevestigen.'],
      ['Gebruik van de website', '- Misbruik de site niet, bijvoorbeeld door de beveiliging aan te vallen of spam via het formulier te sturen.\n- Wat je ons stuurt moet rechtmatig zijn en mag geen rechten van anderen schenden.'],
      ['Intellectueel eigendom', 'Teksten, beelden, logo’s en ontwerp van deze website zijn van {name} of zijn licentiegevers. Vraag het ons voordat je onze inhoud hergebruikt.'],
      ['Aansprakelijkheid', 'Voor zover de wet dat toestaat, is {name} niet aansprakelijk voor schade door het gebruik van deze website.'],
      ['Toepasselijk recht', 'Op deze voorwaarden is het recht van toepassing van de plaats waar {name} gevestigd is.'],
      ['Wijzigingen en contact', 'We kunnen deze voorwaarden aanpassen; de geldende versie staat altijd op deze pagina. Vragen? {contact}'],
    ],
  },
  legalContact: {
    withEmail: 'Mail ons op [{email}](mailto:{email}) of gebruik onze [contactpagina](page:contact).',
    withoutEmail: 'Stuur ons een bericht via onze [contactpagina](page:contact).',
  },
};
