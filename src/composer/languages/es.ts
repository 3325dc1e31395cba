import type { PhraseBook } from './phrase-book.ts';

// Spanish, in forms readers in Spain and Latin America both accept (usted, no vosotros).

export const spanish: PhraseBook = {
  englishName: 'Spanish',
  inPlace: ' en {place}',
  and: 'y',
  nav: { home: 'Inicio', about: 'Quiénes somos', contact: 'Contacto' },
  offerPage: {
    services: 'Servicios', menu: 'Carta', rooms: 'Habitaciones', classes: 'Clases', treatments: 'Tratamientos', shop: 'Tienda',
    portfolio: 'Portafolio', work: 'Trabajos', programs: 'Programas', membership: 'Planes',
  },
  action: 'Contáctenos',
  call: 'Llame al {phone}',
  offerHeading: 'Lo que ofrecemos',
  offerText: 'Lo que {name} ofrece{inPlace}.',
  about: { eyebrow: 'Quiénes somos', heading: 'Sobre {name}', ownWords: 'En nuestras palabras' },
  cta: { heading: 'Contáctenos', text: 'Envíe un mensaje a {name}, o encuentre los datos en la página de contacto.' },
  contact: {
    heading: 'Contáctenos',
    intro: 'Envíenos un mensaje.',
    name: 'Su nombre',
    email: 'Correo electrónico',
    message: 'Mensaje',
    submit: 'Enviar mensaje',
    success: 'Gracias: {name} recibió su mensaje y le responderá pronto.',
    detailsHeading: 'Datos de contacto',
    detailsIntro: 'Las formas más rápidas de contactar con {name}.',
    hoursHeading: 'Horario',
    findHeading: 'Dónde estamos',
    directions: '{name} está{inPlace}. Escríbanos si quiere indicaciones antes de su visita.',
  },
  seo: {
    home: '{name}{inPlace}.',
    offer: '{page} de {name}{inPlace}.',
    about: 'Conozca {name}{inPlace}: nuestra historia, en nuestras palabras.',
    contact: 'Contacte con {name}{inPlace}: envíe un mensaje o vea los datos de contacto.',
  },
  privacy: {
    title: 'Política de privacidad',
    description: 'Cómo {name} recoge, usa y protege sus datos personales, y qué opciones tiene.',
    sections: [
      ['', '{name}{inPlace} (“nosotros”) gestiona este sitio web. Esta política explica qué datos personales recogemos a través de él, por qué, y qué opciones tiene.'],
      ['Qué recogemos', '- **Lo que nos envía.** Cuando usa el formulario de contacto recibimos los datos que escribe: normalmente su nombre, su correo y su mensaje.\n- **Datos técnicos básicos.** Como la mayoría de los sitios, nuestro proveedor de alojamiento guarda registros normales del servidor (dirección IP, navegador, páginas visitadas) para mantener el sitio seguro y en funcionamiento.'],
      ['Cómo los usamos', 'Usamos sus datos solo para responderle, prestar lo que nos pide y cumplir la ley. No enviamos publicidad, no creamos perfiles de visitantes y nunca vendemos sus datos.'],
      ['Con quién los compartimos', 'Solo con proveedores que nos ayudan a gestionar el sitio y el negocio (alojamiento, correo), y solo en la medida necesaria, o cuando la ley lo exige.'],
      ['Cuánto tiempo', 'Guardamos los mensajes mientras hagan falta para atender su consulta y luego los borramos, normalmente en un plazo de dos años, salvo obligación legal.'],
      ['Sus derechos', 'Puede pedirnos una copia de sus datos, que los corrijamos o borremos, u oponerse a cómo los usamos, y puede reclamar ante la autoridad de protección de datos.'],
      ['Contacto', '¿Preguntas sobre esta política? {contact}'],
      ['Cambios', 'Podemos actualizar esta política; la versión vigente está siempre en esta página.'],
    ],
  },
  terms: {
    title: 'Términos de uso',
    description: 'Los términos que se aplican cuando usa el sitio web de {name}.',
    sections: [
      ['', 'Estos términos se aplican al uso del sitio web de {name}. Al usarlo los acepta; si no está de acuerdo, no lo use.'],
      ['Información de este sitio', 'Mantenemos la información correcta y al día, pero los precios, horarios y la disponibilidad pueden cambiar: confirme con {name} lo que sea importante.'],
      ['Solicitudes', 'Un mensaje enviado desde este sitio es una solicitud, no un pedido ni un contrato confirmados. El acuerdo existe solo cuando se lo confirmamos.'],
      ['Uso del sitio', '- No use el sitio de forma abusiva, por ejemplo intentando vulnerar su seguridad o enviando spam por el formulario.\n- Lo que nos envíe debe ser lícito y no puede infringir derechos de terceros.'],
      ['Propiedad intelectual', 'Los textos, imágenes, logotipos y el diseño de este sitio pertenecen a {name} o a sus licenciantes. Pregúntenos antes de reutilizar nuestro contenido.'],
      ['Responsabilidad', 'En la medida en que la ley lo permita, {name} no responde de pérdidas derivadas del uso de este sitio.'],
      ['Ley aplicable', 'Estos términos se rigen por la ley del lugar donde {name} está establecido.'],
      ['Cambios y contacto', 'Podemos actualizar estos términos; la versión vigente está siempre en esta página. ¿Preguntas? {contact}'],
    ],
  },
  legalContact: {
    withEmail: 'Escríbanos a [{email}](mailto:{email}) o use nuestra [página de contacto](page:contact).',
    withoutEmail: 'Envíenos un mensaje desde nuestra [página de contacto](page:contact).',
  },
};
