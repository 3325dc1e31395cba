import type { PhraseBook } from './phrase-book.ts';

// Italian, addressing visitors with the polite "Lei" forms kept short.

export const italian: PhraseBook = {
  englishName: 'Italian',
  inPlace: ' a {place}',
  and: 'e',
  nav: { home: 'Home', about: 'Chi siamo', contact: 'Contatti' },
  offerPage: {
    services: 'Servizi', menu: 'Menù', rooms: 'Camere', classes: 'Corsi', treatments: 'Trattamenti', shop: 'Negozio',
    portfolio: 'Portfolio', work: 'Lavori', programs: 'Programmi', membership: 'Abbonamenti',
  },
  action: 'Contattaci',
  call: 'Chiama il {phone}',
  offerHeading: 'Cosa offriamo',
  offerText: 'Cosa offre {name}{inPlace}.',
  about: { eyebrow: 'Chi siamo', heading: 'Chi è {name}', ownWords: 'Con le nostre parole' },
  cta: { heading: 'Contattaci', text: 'Scrivi a {name}, oppure trova i recapiti nella pagina dei contatti.' },
  contact: {
    heading: 'Contattaci',
    intro: 'Scrivici un messaggio.',
    name: 'Il tuo nome',
    email: 'Email',
    message: 'Messaggio',
    submit: 'Invia messaggio',
    success: 'Grazie: {name} ha ricevuto il tuo messaggio e risponderà presto.',
    detailsHeading: 'Recapiti',
    detailsIntro: 'I modi più rapidi per contattare {name}.',
    hoursHeading: 'Orari',
    findHeading: 'Dove siamo',
    directions: '{name} si trova{inPlace}. Scrivici se vuoi indicazioni prima della tua visita.',
  },
  seo: {
    home: '{name}{inPlace}.',
    offer: '{page} di {name}{inPlace}.',
    about: 'Conosci {name}{inPlace}: la nostra storia, con le nostre parole.',
    contact: 'Contatta {name}{inPlace}: invia un messaggio o trova i recapiti.',
  },
  privacy: {
    title: 'Informativa sulla privacy',
    description: 'Come {name} raccoglie, usa e protegge i tuoi dati personali, e le tue scelte.',
    sections: [
      ['', '{name}{inPlace} (“noi”) gestisce questo sito. Questa informativa spiega quali dati personali raccogliamo attraverso il sito, perché, e quali scelte hai.'],
      ['Cosa raccogliamo', '- **Ciò che ci invii.** Quando usi il modulo di contatto riceviamo i dati che scrivi: di solito nome, email e messaggio.\n- **Dati tecnici di base.** Come la maggior parte dei siti, il nostro hosting conserva normali log del server (indirizzo IP, browser, pagine richieste) per mantenere il sito sicuro e funzionante.'],
      ['Come li usiamo', 'Usiamo i tuoi dati solo per risponderti, fornire ciò che chiedi e rispettare la legge. Niente pubblicità, nessuna profilazione dei visitatori, e non vendiamo mai i tuoi dati.'],
      ['Con chi li condividiamo', 'Solo con i fornitori che ci aiutano a gestire il sito e l’attività (hosting, email), nella misura necessaria, o quando la legge lo richiede.'],
      ['Per quanto tempo', 'Conserviamo i messaggi finché servono per gestire la tua richiesta, poi li cancelliamo, di norma entro due anni, salvo obblighi di legge.'],
      ['I tuoi diritti', 'Puoi chiedere una copia dei tuoi dati, la loro rettifica o cancellazione, opporti al loro uso e presentare reclamo all’autorità per la protezione dei dati.'],
      ['Contatti', 'Domande su questa informativa? {contact}'],
      ['Modifiche', 'Possiamo aggiornare questa informativa; la versione in vigore è sempre su questa pagina.'],
    ],
  },
  terms: {
    title: 'Termini di utilizzo',
    description: 'I termini che si applicano quando usi il sito di {name}.',
    sections: [
      ['', 'Questi termini si applicano all’uso del sito di {name}. Usando il sito li accetti; se non sei d’accordo, non usarlo.'],
      ['Informazioni sul sito', 'Teniamo le informazioni aggiornate, ma prezzi, orari e disponibilità possono cambiare: verifica direttamente con {name} ciò che è importante.'],
      ['Richieste', 'Un messaggio inviato da questo sito è una richiesta, non un ordine o un contratto confermati. L’accordo esiste solo quando te lo confermiamo.'],
      ['Uso del sito', '- Non usare il sito in modo improprio, ad esempio tentando di violarne la sicurezza o inviando spam dal modulo.\n- Ciò che ci invii deve essere lecito e rispettare i diritti altrui.'],
      ['Proprietà intellettuale', 'Testi, immagini, loghi e grafica di questo sito appartengono a {name} o ai suoi licenzianti. Chiedici prima di riutilizzare i nostri contenuti.'],
      ['Responsabilità', 'Nei limiti consentiti dalla legge, {name} non risponde di perdite derivanti dall’uso di questo sito.'],
      ['Legge applicabile', 'Questi termini sono regolati dalla legge del luogo in cui {name} ha sede.'],
      ['Modifiche e contatti', 'Possiamo aggiornare questi termini; la versione in vigore è sempre su questa pagina. Domande? {contact}'],
    ],
  },
  legalContact: {
    withEmail: 'Scrivici a [{email}](mailto:{email}) o usa la nostra [pagina dei contatti](page:contact).',
    withoutEmail: 'Scrivici dalla nostra [pagina dei contatti](page:contact).',
  },
};
