import type { PhraseBook } from './phrase-book.ts';

// Portuguese, in forms readers in Portugal and Brazil both accept.

export const portuguese: PhraseBook = {
  englishName: 'Portuguese',
  inPlace: ' em {place}',
  and: 'e',
  nav: { home: 'Início', about: 'Sobre nós', contact: 'Contacto' },
  offerPage: {
    services: 'Serviços', menu: 'Menu', rooms: 'Quartos', classes: 'Aulas', treatments: 'Tratamentos', shop: 'Loja',
    portfolio: 'Portfólio', work: 'Trabalhos', programs: 'Programas', membership: 'Planos',
  },
  action: 'Fale connosco',
  call: 'Ligue {phone}',
  offerHeading: 'O que oferecemos',
  offerText: 'O que {name} oferece{inPlace}.',
  about: { eyebrow: 'Sobre nós', heading: 'Sobre {name}', ownWords: 'Nas nossas palavras' },
  cta: { heading: 'Fale connosco', text: 'Envie uma mensagem a {name}, ou encontre os contactos na página de contacto.' },
  contact: {
    heading: 'Fale connosco',
    intro: 'Envie-nos uma mensagem.',
    name: 'O seu nome',
    email: 'Email',
    message: 'Mensagem',
    submit: 'Enviar mensagem',
    success: 'Obrigado — {name} recebeu a sua mensagem e responderá em breve.',
    detailsHeading: 'Contactos',
    detailsIntro: 'As formas mais rápidas de falar com {name}.',
    hoursHeading: 'Horário',
    findHeading: 'Onde estamos',
    directions: '{name} fica{inPlace}. Envie-nos uma mensagem se quiser indicações antes da sua visita.',
  },
  seo: {
    home: '{name}{inPlace}.',
    offer: '{page} de {name}{inPlace}.',
    about: 'Conheça {name}{inPlace}: a nossa história, nas nossas palavras.',
    contact: 'Fale com {name}{inPlace}: envie uma mensagem ou veja os contactos.',
  },
  privacy: {
    title: 'Política de privacidade',
    description: 'Como {name} recolhe, usa e protege os seus dados pessoais, e as escolhas que tem.',
    sections: [
      ['', '{name}{inPlace} (“nós”) gere este site. Esta política explica que dados pessoais recolhemos através dele, porquê, e as escolhas que tem.'],
      ['O que recolhemos', '- **O que nos envia.** Quando usa o formulário de contacto recebemos os dados que escreve — normalmente o seu nome, email e mensagem.\n- **Dados técnicos básicos.** Como a maioria dos sites, o nosso alojamento guarda registos normais do servidor (endereço IP, navegador, páginas pedidas) para manter o site seguro e a funcionar.'],
      ['Como os usamos', 'Usamos os seus dados apenas para lhe responder, prestar o que nos pede e cumprir a lei. Não enviamos publicidade, não criamos perfis de visitantes e nunca vendemos os seus dados.'],
      ['Com quem os partilhamos', 'Só com prestadores que nos ajudam a gerir o site e o negócio (alojamento, email), e só na medida do necessário, ou quando a lei o exige.'],
      ['Durante quanto tempo', 'Guardamos as mensagens enquanto forem precisas para tratar o seu pedido e depois apagamo-las, normalmente no prazo de dois anos, salvo obrigação legal.'],
      ['Os seus direitos', 'Pode pedir uma cópia dos dados que temos sobre si, pedir que os corrijamos ou apaguemos, ou opor-se à forma como os usamos, e pode apresentar queixa à autoridade de proteção de dados.'],
      ['Contacto', 'Dúvidas sobre esta política? {contact}'],
      ['Alterações', 'Podemos atualizar esta política; a versão em vigor está sempre nesta página.'],
    ],
  },
  terms: {
    title: 'Termos de utilização',
    description: 'Os termos que se aplicam quando usa o site de {name}.',
    sections: [
      ['', 'Estes termos aplicam-se à utilização do site de {name}. Ao usar o site aceita-os; se não concordar, não o use.'],
      ['Informação neste site', 'Mantemos a informação correta e atualizada, mas preços, horários e disponibilidade podem mudar — confirme diretamente com {name} o que for importante.'],
      ['Pedidos', 'Uma mensagem enviada por este site é um pedido, não uma encomenda ou um contrato confirmados. O acordo só existe quando o confirmamos consigo.'],
      ['Utilização do site', '- Não use o site de forma abusiva, por exemplo tentando quebrar a sua segurança ou enviando spam pelo formulário.\n- O que nos envia deve ser lícito e não pode violar direitos de terceiros.'],
      ['Propriedade intelectual', 'Os textos, imagens, logótipos e o design deste site pertencem a {name} ou aos seus licenciadores. Peça-nos antes de reutilizar o nosso conteúdo.'],
      ['Responsabilidade', 'Na medida permitida por lei, {name} não é responsável por perdas resultantes da utilização deste site.'],
      ['Lei aplicável', 'Estes termos regem-se pela lei do local onde {name} está estabelecido.'],
      ['Alterações e contacto', 'Podemos atualizar estes termos; a versão em vigor está sempre nesta página. Dúvidas? {contact}'],
    ],
  },
  legalContact: {
    withEmail: 'Escreva-nos para [{email}](mailto:{email}) ou use a nossa [página de contacto](page:contact).',
    withoutEmail: 'Envie-nos uma mensagem pela nossa [página de contacto](page:contact).',
  },
};
