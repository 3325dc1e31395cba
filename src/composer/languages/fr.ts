import type { PhraseBook } from './phrase-book.ts';

// French, addressing visitors as "vous".

export const french: PhraseBook = {
  englishName: 'French',
  inPlace: ' à {place}',
  and: 'et',
  nav: { home: 'Accueil', about: 'À propos', contact: 'Contact' },
  offerPage: {
    services: 'Services', menu: 'Carte', rooms: 'Chambres', classes: 'Cours', treatments: 'Soins', shop: 'Boutique',
    portfolio: 'Portfolio', work: 'Réalisations', programs: 'Programmes', membership: 'Formules',
  },
  action: 'Nous contacter',
  call: 'Appeler le {phone}',
  offerHeading: 'Ce que nous proposons',
  offerText: 'Ce que {name} propose{inPlace}.',
  about: { eyebrow: 'À propos', heading: 'À propos de {name}', ownWords: 'Avec nos mots' },
  cta: { heading: 'Nous contacter', text: 'Envoyez un message à {name}, ou retrouvez nos coordonnées sur la page contact.' },
  contact: {
    heading: 'Nous contacter',
    intro: 'Envoyez-nous un message.',
    name: 'Votre nom',
    email: 'E-mail',
    message: 'Message',
    submit: 'Envoyer le message',
    success: 'Merci : {name} a bien reçu votre message et vous répondra rapidement.',
    detailsHeading: 'Coordonnées',
    detailsIntro: 'Les moyens les plus rapides de joindre {name}.',
    hoursHeading: 'Horaires',
    findHeading: 'Nous trouver',
    directions: '{name} se trouve{inPlace}. Écrivez-nous si vous souhaitez un itinéraire avant votre visite.',
  },
  seo: {
    home: '{name}{inPlace}.',
    offer: '{page} — {name}{inPlace}.',
    about: 'Découvrez {name}{inPlace} : notre histoire, avec nos mots.',
    contact: 'Contactez {name}{inPlace} : envoyez un message ou retrouvez nos coordonnées.',
  },
  privacy: {
    title: 'Politique de confidentialité',
    description: 'Comment {name} collecte, utilise et protège vos données personnelles, et vos choix.',
    sections: [
      ['', '{name}{inPlace} (« nous ») exploite ce site. Cette politique explique quelles données personnelles nous collectons par son intermédiaire, pourquoi, et les choix dont vous disposez.'],
      ['Ce que nous collectons', '- **Ce que vous nous envoyez.** Quand vous utilisez le formulaire de contact, nous recevons ce que vous saisissez : en général votre nom, votre e-mail et votre message.\n- **Données techniques de base.** Comme la plupart des sites, notre hébergeur conserve des journaux de serveur ordinaires (adresse IP, navigateur, pages demandées) pour que le site reste sûr et fonctionne.'],
      ['Utilisation', 'Nous utilisons vos données uniquement pour vous répondre, fournir ce que vous demandez et respecter la loi. Pas de publicité, pas de profilage des visiteurs, et nous ne vendons jamais vos données.'],
      ['Partage', 'Uniquement avec les prestataires qui nous aident à faire fonctionner le site et l’entreprise (hébergement, e-mail), dans la mesure nécessaire, ou lorsque la loi l’exige.'],
      ['Durée de conservation', 'Nous gardons les messages le temps de traiter votre demande, puis nous les supprimons, en général sous deux ans, sauf obligation légale.'],
      ['Vos droits', 'Vous pouvez demander une copie de vos données, leur rectification ou leur effacement, ou vous opposer à leur utilisation, et saisir l’autorité de protection des données.'],
      ['Contact', 'Des questions sur cette politique ? {contact}'],
      ['Modifications', 'Nous pouvons mettre à jour cette politique ; la version en vigueur est toujours sur cette page.'],
    ],
  },
  terms: {
    title: 'Conditions d’utilisation',
    description: 'Les conditions qui s’appliquent lorsque vous utilisez le site de {name}.',
    sections: [
      ['', 'Ces conditions s’appliquent à l’utilisation du site de {name}. En utilisant le site, vous les acceptez ; si vous n’êtes pas d’accord, ne l’utilisez pas.'],
      ['Informations du site', 'Nous tenons les informations à jour, mais les prix, horaires et disponibilités peuvent changer : confirmez auprès de {name} ce qui compte pour vous.'],
      ['Demandes', 'Un message envoyé depuis ce site est une demande, pas une commande ou un contrat confirmés. L’accord n’existe qu’une fois que nous vous l’avons confirmé.'],
      ['Utilisation du site', '- N’utilisez pas le site de façon abusive, par exemple en tentant d’en contourner la sécurité ou en envoyant du spam par le formulaire.\n- Ce que vous nous envoyez doit être licite et respecter les droits d’autrui.'],
      ['Propriété intellectuelle', 'Les textes, images, logos et la conception de ce site appartiennent à {name} ou à ses concédants. Demandez-nous avant de réutiliser nos contenus.'],
      ['Responsabilité', 'Dans les limites permises par la loi, {name} n’est pas responsable des pertes liées à l’utilisation de ce site.'],
      ['Droit applicable', 'Ces conditions sont régies par le droit du lieu où {name} est établi.'],
      ['Modifications et contact', 'Nous pouvons mettre à jour ces conditions ; la version en vigueur est toujours sur cette page. Des questions ? {contact}'],
    ],
  },
  legalContact: {
    withEmail: 'Écrivez-nous à [{email}](mailto:{email}) ou passez par notre [page contact](page:contact).',
    withoutEmail: 'Envoyez-nous un message depuis notre [page contact](page:contact).',
  },
};
