import type { PhraseBook } from './phrase-book.ts';

// German, addressing visitors as "Sie".

export const german: PhraseBook = {
  englishName: 'German',
  inPlace: ' in {place}',
  and: 'und',
  nav: { home: 'Start', about: 'Über uns', contact: 'Kontakt' },
  offerPage: {
    services: 'Leistungen', menu: 'Speisekarte', rooms: 'Zimmer', classes: 'Kurse', treatments: 'Behandlungen', shop: 'Shop',
    portfolio: 'Portfolio', work: 'Arbeiten', programs: 'Programme', membership: 'Mitgliedschaft',
  },
  action: 'Kontakt aufnehmen',
  call: 'Anrufen: {phone}',
  offerHeading: 'Unser Angebot',
  offerText: 'Das Angebot von {name}{inPlace}.',
  about: { eyebrow: 'Über uns', heading: 'Über {name}', ownWords: 'In unseren Worten' },
  cta: { heading: 'Kontakt aufnehmen', text: 'Schreiben Sie {name} eine Nachricht, oder finden Sie alle Angaben auf der Kontaktseite.' },
  contact: {
    heading: 'Kontakt aufnehmen',
    intro: 'Schreiben Sie uns eine Nachricht.',
    name: 'Ihr Name',
    email: 'E-Mail',
    message: 'Nachricht',
    submit: 'Nachricht senden',
    success: 'Danke – {name} hat Ihre Nachricht erhalten und antwortet bald.',
    detailsHeading: 'Kontaktdaten',
    detailsIntro: 'So erreichen Sie {name} am schnellsten.',
    hoursHeading: 'Öffnungszeiten',
    findHeading: 'So finden Sie uns',
    directions: 'Sie finden {name}{inPlace}. Schreiben Sie uns, wenn Sie vor Ihrem Besuch eine Wegbeschreibung möchten.',
  },
  seo: {
    home: '{name}{inPlace}.',
    offer: '{page} von {name}{inPlace}.',
    about: 'Lernen Sie {name}{inPlace} kennen: unsere Geschichte, in unseren Worten.',
    contact: 'Kontakt zu {name}{inPlace}: Nachricht senden oder Kontaktdaten ansehen.',
  },
  privacy: {
    title: 'Datenschutzerklärung',
    description: 'Wie {name} Ihre personenbezogenen Daten erhebt, nutzt und schützt, und welche Rechte Sie haben.',
    sections: [
      ['', '{name}{inPlace} („wir“) betreibt diese Website. Diese Erklärung sagt, welche personenbezogenen Daten wir über sie erheben, wozu, und welche Wahl Sie haben.'],
      ['Was wir erheben', '- **Was Sie uns senden.** Wenn Sie das Kontaktformular nutzen, erhalten wir Ihre Eingaben – meist Name, E-Mail-Adresse und Nachricht.\n- **Technische Grunddaten.** Wie die meisten Websites speichert unser Hoster übliche Server-Protokolle (IP-Adresse, Browser, aufgerufene Seiten), damit die Seite sicher läuft.'],
      ['Wozu wir sie nutzen', 'Wir nutzen Ihre Daten nur, um Ihnen zu antworten, Ihre Anfrage zu erfüllen und gesetzliche Pflichten einzuhalten. Keine Werbung, keine Besucherprofile, und wir verkaufen Ihre Daten nie.'],
      ['Weitergabe', 'Nur an Dienstleister, die uns beim Betrieb der Website und des Geschäfts helfen (Hosting, E-Mail), soweit nötig, oder wenn das Gesetz es verlangt.'],
      ['Speicherdauer', 'Wir bewahren Nachrichten auf, solange wir sie für Ihre Anfrage brauchen, und löschen sie dann, in der Regel innerhalb von zwei Jahren, sofern kein Gesetz Längeres verlangt.'],
      ['Ihre Rechte', 'Sie können Auskunft über Ihre Daten, ihre Berichtigung oder Löschung verlangen, der Nutzung widersprechen und sich bei der Datenschutzaufsicht beschweren.'],
      ['Kontakt', 'Fragen zu dieser Erklärung? {contact}'],
      ['Änderungen', 'Wir können diese Erklärung ändern; die gültige Fassung steht immer auf dieser Seite.'],
    ],
  },
  terms: {
    title: 'Nutzungsbedingungen',
    description: 'Die Bedingungen für die Nutzung der Website von {name}.',
    sections: [
      ['', 'Diese Bedingungen gelten für die Nutzung der Website von {name}. Mit der Nutzung stimmen Sie ihnen zu; wenn nicht, nutzen Sie die Website bitte nicht.'],
      ['Angaben auf dieser Website', 'Wir halten die Angaben aktuell, doch Preise, Öffnungszeiten und Verfügbarkeit können sich ändern – klären Sie Wichtiges bitte direkt mit {name}.'],
      ['Anfragen', 'Eine Nachricht über diese Website ist eine Anfrage, keine bestätigte Bestellung und kein Vertrag. Eine Vereinbarung besteht erst, wenn wir sie Ihnen bestätigen.'],
      ['Nutzung der Website', '- Missbrauchen Sie die Website nicht, etwa durch Angriffe auf ihre Sicherheit oder Spam über das Formular.\n- Was Sie uns senden, muss rechtmäßig sein und darf keine Rechte Dritter verletzen.'],
      ['Urheberrecht', 'Texte, Bilder, Logos und Gestaltung dieser Website gehören {name} oder seinen Lizenzgebern. Fragen Sie uns, bevor Sie Inhalte weiterverwenden.'],
      ['Haftung', 'Soweit gesetzlich zulässig, haftet {name} nicht für Schäden aus der Nutzung dieser Website.'],
      ['Anwendbares Recht', 'Es gilt das Recht am Sitz von {name}.'],
      ['Änderungen und Kontakt', 'Wir können diese Bedingungen ändern; die gültige Fassung steht immer auf dieser Seite. Fragen? {contact}'],
    ],
  },
  legalContact: {
    withEmail: 'Schreiben Sie an [{email}](mailto:{email}) oder nutzen Sie unsere [Kontaktseite](page:contact).',
    withoutEmail: 'Schreiben Sie uns über unsere [Kontaktseite](page:contact).',
  },
};
