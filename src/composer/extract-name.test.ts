import { describe, expect, it } from 'vitest';
import { extractName, extractPerson } from './extract-name.ts';

describe('extractName', () => {
  it.each([
    ["I'm starting a plant consulting business called 'Petal & Stem'. We are a boutique plant service.", 'Petal & Stem', 'called'],
    ['Our new shop, "Luna & Co", sells candles.', 'Luna & Co', 'quoted'],
    ['A modern SaaS analytics tool called Metricly that helps e-commerce teams.', 'Metricly', 'called'],
    ['Iron Forge Gym, a 24/7 strength and conditioning gym in Leeds.', 'Iron Forge Gym', 'leading'],
    ['Dr. Ana Souza Family Dentistry - general and cosmetic dentistry.', 'Dr. Ana Souza Family Dentistry', 'leading'],
    ['Law office of Hartmann & Cole, employment law for small businesses.', 'Hartmann & Cole', 'office'],
    ['Trattoria da Marco, a family Italian restaurant.', 'Trattoria da Marco', 'leading'],
    ['Freelance wedding and portrait photographer Sam Lee, based in Vancouver.', 'Sam Lee', 'person'],
    ['Electrician services by Volt Bros. Licensed, insured.', 'Volt Bros.', 'by'],
    ['Pixel & Pine is a small branding agency.', 'Pixel & Pine', 'leading'],
    ['Metricly is an analytics tool.', 'Metricly', 'leading'],
    ['Handmade ceramics shop Clay & Co selling mugs online.', 'Clay & Co', 'noun'],
    ['Padaria Pão Quente: padaria artesanal em Belo Horizonte.', 'Padaria Pão Quente', 'leading'],
    ['We sell coffee. Cafe Aroma is a roastery in Lisbon.', 'Cafe Aroma', 'sentence'],
  ])('%s → %s', (prompt, name, source) => {
    expect(extractName(prompt)).toMatchObject({ name, source });
  });

  it.each([
    'Create a landing page for a vegan bakery',
    'we fix bikes. cheap. fast. downtown.',
    'The shop sells candles called "".',
    'Modern, clean and friendly.',
    'We bake stollen and mince pies. At Christmas, we open every day.',
    'Dog walking and pet sitting. Head to Bristol any day and ask around.',
    'dog grooming leeds. all breeds.',
    "We meet every Friday at St Mary's.",
    'Our Studio 2 rooms are available to hire.',
  ])('finds no name in "%s"', (prompt) => {
    expect(extractName(prompt)).toBeUndefined();
  });

  it('never takes a role for a word of the name', () => {
    expect(extractName('Dog walking and pet sitting. Owner Sarah Jones started in 2015.', 'en')?.name).not.toMatch(/Owner/u);
  });
});

describe('extractName: a name the sentence goes on about', () => {
  it.each([
    ['Worried about damp? Quiet Harbour Counselling in Galway offers short-term therapy for adults.', 'Quiet Harbour Counselling', 'sentence'],
    ["Tom & Jerry's Removals (BAR member) covers Bath and the Mendips with two vans.", "Tom & Jerry's Removals", 'leading'],
    ['Rooftop lessons for beginners. We are Cloudline Climbing.', 'Cloudline Climbing', 'sentence'],
    ['Studio Nine 42 is a recording space for bands in Hull.', 'Studio Nine 42', 'leading'],
    ['Knitting groups every week. Our tearoom serves cream teas. Visit us: The Copper Kettle, Whitby.', 'The Copper Kettle', 'signature'],
    ['Hand-dyed wool and patterns posted worldwide. Rivermill Yarns, Ludlow.', 'Rivermill Yarns', 'signature'],
    ['fernwood & daughters is a family-run nursery selling perennials.', 'fernwood & daughters', 'lower-case'],
    ['HOLLOW OAK JOINERY builds kitchens and staircases in Shropshire.', 'HOLLOW OAK JOINERY', 'leading'],
    ["Ma's Kitchen — soul food, fried chicken and cornbread in Memphis.", "Ma's Kitchen", 'leading'],
    ['Waggle dog walking and pet sitting in Austin, with daily group walks.', 'Waggle', 'leading'],
    ['We bake sourdough and pastries in Bristol. At Copper Kettle, everything is made from scratch.', 'Copper Kettle', 'venue'],
    ['Small family bakery in Bristol, sourdough and pastries. Pop into Copper Kettle any morning.', 'Copper Kettle', 'invited'],
    ["I'm Jane and I started Copper Kettle in my kitchen in 2019. Now we bake sourdough in Bristol.", 'Copper Kettle', 'sentence'],
    ['Ivy Lane small batch bakery. Sourdough, buns and coffee.', 'Ivy Lane', 'leading'],
    ['Dog grooming in Leeds, all breeds. Owner Sarah started Honey Bee in 2015.', 'Honey Bee', 'sentence'],
    ['Dog grooming in Leeds, all breeds. Sarah runs Honey Bee from a converted barn.', 'Honey Bee', 'sentence'],
    ['Dog grooming in Leeds, all breeds. Why choose Honey Bee? Calm, kind handling.', 'Honey Bee', 'invited'],
    ['Dog grooming in Leeds, all breeds. Text Honey Bee on 07700 900123.', 'Honey Bee', 'invited'],
    ['Dog grooming in Leeds, all breeds. Like Honey Bee on Facebook for offers.', 'Honey Bee', 'invited'],
    ["Dog grooming in Leeds, all breeds. Honey Bee's groomers are City & Guilds qualified.", 'Honey Bee', 'sentence'],
    ['Dog grooming in Leeds, all breeds. Thanks for looking, Honey Bee.', 'Honey Bee', 'signature'],
    ['mobile dog grooming in leeds, all breeds. honey bee grooming, call 07700 900123', 'honey bee grooming', 'lower-case'],
    ['hi im sarah from honey bee dog grooming in leeds', 'honey bee dog grooming', 'lower-case'],
    ['my business honey bee grooming does dog grooming in leeds', 'honey bee grooming', 'lower-case'],
    ['honey bee in leeds - dog grooming for all breeds', 'honey bee', 'lower-case'],
    ['honey bee here, dog grooming in leeds', 'honey bee', 'lower-case'],
    ['Bramble and Birch florist - seasonal bouquets and wedding flowers in Ludlow.', 'Bramble and Birch', 'prefix'],
    ['Honey Bee Grooming Leeds - all breeds welcome', 'Honey Bee Grooming', 'leading'],
    ["Big Al's burgers and shakes in Austin.", "Big Al's", 'leading'],
    ["Grandma Rose's kitchen serves soul food in Memphis.", "Grandma Rose's", 'leading'],
    ["Fern Hill's sourdough is baked every morning in Bristol.", 'Fern Hill', 'leading'],
    ["Cakes and pies in Bristol at Mother Hubbard's.", "Mother Hubbard's", 'venue'],
    ["Pub and restaurant in Westport. Ask for Siobhán behind the bar at Molloy's.", "Molloy's", 'venue'],
    ['B&B with four rooms on the Dingle Peninsula. Mary and Tom look forward to welcoming you to Cois Farraige.', 'Cois Farraige', 'sentence'],
    ['Surf lessons on the Gold Coast for all ages. See you in the water with the crew from Swell!', 'Swell', 'sentence'],
    ['A tiny brewery in a railway arch in Bermondsey. Cheers from everyone at Arch 42 Brewing!', 'Arch 42 Brewing', 'signature'],
    ['Come and try Noodle Bar 88 on Market Street for hand-pulled noodles.', 'Noodle Bar 88', 'shaped'],
    ['Studio 54 hair salon in Leeds.', 'Studio 54', 'leading'],
    ['Bespoke ceremonies in Kilkenny, written for the two of you.\n\nLove, Aoife @ Say It Well Ceremonies x', 'Say It Well Ceremonies', 'signature'],
    ['CHIMNEY SWEEPING — NO MESS GUARANTEED\nHETAS approved\nCall Tom at Black Cat Sweeps on 07700 900215', 'Black Cat Sweeps', 'shaped'],
    ['Window tint and paint protection film in Atlanta. Pull up to Shade Tree Tint on Memorial Dr, walk-ins welcome.', 'Shade Tree Tint', 'sentence'],
    ['Alterations for all clothes. Shop is in Walthamstow High Street near the market, name Perfect Fit Tailoring.', 'Perfect Fit Tailoring', 'called'],
    ['Pressure washing for patios and driveways in Northampton. Check out our before-and-afters and give Clean Slate a ring.', 'Clean Slate', 'invited'],
  ])('%s → %s', (prompt, name, source) => {
    expect(extractName(prompt, 'en')).toMatchObject({ name, source });
  });

  it.each([
    ['A Pastelaria Doce Lar, no centro de Braga, faz pastéis de nata desde 1990.', 'pt', 'Pastelaria Doce Lar'],
    ['Hacemos paella los domingos. El Rincón de Pepa tiene terraza y menú del día en Valencia.', 'es', 'Rincón de Pepa'],
    ["L'Osteria dell'Angelo si trova a Lucca e propone cucina toscana con pasta fatta in casa.", 'it', "Osteria dell'Angelo"],
    ['Wir reparieren Fahrräder aller Art. In der Radwerkstatt Speiche in Kassel gibt es auch gebrauchte Räder.', 'de', 'Radwerkstatt Speiche'],
    ['Schreinerei Holzwurm GmbH, Freiburg – Möbel nach Maß, Küchen und Treppen.', 'de', 'Schreinerei Holzwurm'],
    ['B&B Het Zonnehuis op Terschelling heeft vier kamers en een grote tuin.', 'nl', 'B&B Het Zonnehuis'],
    ['Électricien indépendant à Nantes. Dépannage et rénovation, demandez Julien chez Lumière & Fils.', 'fr', 'Lumière & Fils'],
    ['Fahrradwerkstatt und Verleih in Freiburg. Reparaturen aller Marken. Kommen Sie vorbei bei Speichenwerk!', 'de', 'Speichenwerk'],
    ['Plattenladen in Leipzig: Vinyl neu und gebraucht. Komm vorbei bei Plattenkiste, Dienstag bis Samstag ab 12 Uhr.', 'de', 'Plattenkiste'],
    ['Ramonage et entretien de poêles à Annecy. Artisan qualifié Qualibat. Contactez Ramonage Dufour au 06 12 34 56 78.', 'fr', 'Ramonage Dufour'],
  ])('reads "%s" (%s) as %s', (prompt, locale, name) => {
    expect(extractName(prompt, locale as 'pt')?.name).toBe(name);
  });

  it.each([
    ['Services: boiler repair, radiator bleeding and gas safety checks in Derby.', 'en'],
    ['Prices: £20 a lesson, £70 for four.', 'en'],
    ['🌮🔥 TACOS EVERY FRIDAY NIGHT IN THE CAR PARK 🔥🌮', 'en'],
    ['Shoe repairs, key cutting and engraving while you wait.', 'en'],
    ['Quirky gifts, cards and prints by local artists.', 'en'],
    ['Regular cleans are $40 an hour. Deep cleans are quoted after a visit.', 'en'],
    ['Window cleaning and gutter clearing. Liverpool and Wirral.', 'en'],
    ['Phone and laptop repairs. Broad Street Mall, Reading.', 'en'],
    ['Wir backen mit Geduld: Sauerteig, Dinkel und Roggen aus der Region.', 'de'],
    ['Im Sommer ist der Garten geöffnet und wir grillen jeden Freitag.', 'de'],
  ])('finds no name in "%s"', (prompt, locale) => {
    expect(extractName(prompt, locale as 'en')).toBeUndefined();
  });
});

describe('extractPerson', () => {
  it('reads a titled person without the practice words that follow', () => {
    expect(extractPerson('Dr. Ana Souza Family Dentistry in Austin')).toBe('Dr. Ana Souza');
  });
});

describe('extractName in the other languages', () => {
  it.each([
    ['Estudio de tatuajes llamado Tinta Negra, en Gràcia (Barcelona). Realismo y blackwork.', 'Tinta Negra'],
    ['Uma padaria de bairro chamada Pão & Afeto em Campinas, com pão de fermentação natural.', 'Pão & Afeto'],
    ['On a ouvert une salle de bloc appelée Vertige à Grenoble, avec des murs de 4 mètres.', 'Vertige'],
    ['Eine kleine Kaffeerösterei namens Bohnenglück in Leipzig, mit Kursen am Wochenende.', 'Bohnenglück'],
    ['Una gelateria artigianale che si chiama Nuvola, nel centro di Bologna, con gusti stagionali.', 'Nuvola'],
    ['Een fietsenwinkel genaamd Trappers in Utrecht, ook voor reparaties en verhuur.', 'Trappers'],
  ])('reads the name after the language’s "called": %s', (text, name) => {
    expect(extractName(text)?.name).toBe(name);
  });

  it('leaves a sentence’s leading article or preposition out of the name, in other languages only', () => {
    expect(extractName('La Fundación Olla Común sirve 300 almuerzos diarios en su comedor del barrio.')?.name).toBe('Fundación Olla Común');
    expect(extractName('En la Escuela de Música Allegro creemos que cualquier niño puede aprender música.')?.name).toBe('Escuela de Música Allegro');
    expect(extractName('The Glasshouse at Fernhill is a wedding venue in the Yarra Valley.')?.name).toBe('The Glasshouse at Fernhill');
  });
});

describe('names in passing, late in a text', () => {
  it('reads a name alone in brackets at a sentence’s end, not an accreditation or a place', () => {
    expect(extractName('Wedding hair and makeup across Yorkshire for brides and bridal parties, trials available (Bridal Bliss).')?.name).toBe('Bridal Bliss');
    expect(extractName('Boiler repairs and servicing in Leeds (Gas Safe Registered).')).toBeUndefined();
    expect(extractName('Cakes for every occasion (Leeds).')).toBeUndefined();
  });

  it('reads a sole trader’s business after "At … I", and no name in "There’s nowhere …"', () => {
    expect(extractName('I left a big firm to work with small businesses. At Ledger Light I do bookkeeping and VAT in Norwich.')?.name).toBe('Ledger Light');
    expect(extractName('At Christmas I make wreaths to order in Hexham.')?.name).not.toBe('Christmas');
    expect(extractName("There's nowhere in Whitby like it: a second-hand bookshop with a cat.")?.name).not.toBe("There's nowhere");
  });
});

describe('names written without "called"', () => {
  it('reads "we are called" and "the name is" in the other languages as the business, not a person', () => {
    expect(extractName('Somos una academia de idiomas en Málaga. Nos llamamos Puente de Palabras.')?.name).toBe('Puente de Palabras');
    expect(extractName('Tenho uma loja de roupa no Porto. O nome é Segunda Pele e abrimos de terça a sábado.')?.name).toBe('Segunda Pele');
    expect(extractName('My name is Tom and I fix computers in Lincoln. People know me as PC Doctor Tom.')?.name).toBe('PC Doctor Tom');
  });

  it('reads a lower-case name after "called" up to the comma, "and" included', () => {
    expect(extractName('my shop is called odds and ends, we sell vintage bits and bobs in hastings')?.name).toBe('odds and ends');
    expect(extractName('my bakery is called crumbs and co in leeds')?.name).toBe('crumbs and co');
    expect(extractName('we get called out at night and weekends')).toBeUndefined();
  });

  it('takes no adjective opening a Romance sentence, nor an inviting verb, for a name', () => {
    expect(extractName('Petit salon de coiffure mixte à Lyon, avec ou sans rendez-vous.')).toBeUndefined();
    expect(extractName('Try Mama Ngozi for jollof, suya and egusi soup in Peckham.')?.name).not.toBe('Try Mama Ngozi');
    expect(extractName('Looking for a plumber in Bolton? Give Dawson Heating a ring.')?.name).toBe('Dawson Heating');
  });

  it('reads a name set off by emoji in running text, not an item of a list', () => {
    expect(extractName('Hand-made soap and bath bombs 🛁 Little Suds 🛁 Shipping UK-wide, market stall in Ely.')?.name).toBe('Little Suds');
    expect(extractName('Yoga 🧘 Meditation 🌿 Sound Baths 🌿 in Bath')?.name).not.toBe('Sound Baths');
  });

  it('reads a street-shaped name that does what a business does, and a Romance name set off by its trade', () => {
    expect(extractName('We grow cut flowers outside Stroud. Bramble Lane delivers on Fridays.')?.name).toBe('Bramble Lane');
    expect(extractName('We are on Mill Road. Mill Road has parking.')?.name).not.toBe('Mill Road');
    expect(extractName('Sabor a Mar, marisqueira em Matosinhos, peixe fresco grelhado e mariscos.')?.name).toBe('Sabor a Mar');
  });

  it('reads a name after "what is had at" it, after a dash, after an invitation in the other languages', () => {
    expect(extractName('Independent cinema with one screen and a bar. Tickets at Picture House, Hebden Bridge.')?.name).toBe('Picture House');
    expect(extractName('Dinner at Eight is a supper club in Leeds.')?.name).toBe('Dinner at Eight');
    expect(extractName('Knitting wool and classes in the heart of Hay-on-Wye — Purl Shop, open Tuesday to Saturday.')?.name).toBe('Purl Shop');
    expect(extractName('Pop in to Pixel Palace on the high street in Wigan.')?.name).toBe('Pixel Palace');
    expect(extractName('Bar de tapas en Cádiz con pescaíto frito. Te esperamos en La Bodeguita del Puerto.')?.name).toBe('Bodeguita del Puerto');
    expect(extractName('Loja de bicicletas em Aveiro: venda e aluguer. Passe pela Roda Livre, na rua do mercado.')?.name).toBe('Roda Livre');
    expect(extractName('Kayak and canoe hire on the River Wye at Symonds Yat, with shuttle buses.')?.name).not.toBe('Symonds Yat');
  });

  it('lets a heading of words English or the trades know give way to a name a later sentence presents', () => {
    expect(extractName('Professional Dog Walking. Muddy Boots covers Leeds and Bradford.')?.name).toBe('Muddy Boots');
    expect(extractName('Affordable Garden Maintenance. Green Leaf keeps gardens tidy in Bristol.')?.name).toBe('Green Leaf');
    expect(extractName('Moonlight Yoga. Evening classes in Leeds. Mats provided.')?.name).toBe('Moonlight Yoga');
  });

  it('keeps the small words of a Romance name, not the way to its town', () => {
    expect(extractName('Sabor a Mar é uma marisqueira em Matosinhos.')?.name).toBe('Sabor a Mar');
    expect(extractName('Restaurante Mar à Vista, peixe grelhado em Sesimbra.')?.name).toBe('Restaurante Mar à Vista');
    expect(extractName('Padaria Pão com Manteiga, pão fresco todos os dias em Faro.')?.name).toBe('Padaria Pão com Manteiga');
    expect(extractName('Conheça a Casa com Alma, alojamento local em Tavira.')?.name).toBe('Casa com Alma');
    expect(extractName('Hotel Sol em Albufeira, quartos com vista.')?.name).toBe('Hotel Sol');
    expect(extractName('Idraulico a Roma, pronto intervento 24 ore su 24.')?.name).not.toBe('Idraulico a Roma');
    expect(extractName('Paper Moon at the Corn Exchange, Leeds. Cards and gifts.')?.name).toBe('Paper Moon');
  });

  it('lets a heading that praises or names the town give way to a name set off later', () => {
    expect(extractName('Award-Winning Fish & Chips. The Codfather, Whitby harbour, open till late.')?.name).toBe('The Codfather');
    expect(extractName('Voted Best Cafe 2023 — Brew Crew, Leeds city centre.')?.name).toBe('Brew Crew');
    expect(extractName('Quality Roofing at Fair Prices. Topline Roofing covers Wirral.')?.name).toBe('Topline Roofing');
    expect(extractName('Leeds Mobile Mechanic | Spanner Man | Servicing, brakes, MOT prep')?.name).toBe('Spanner Man');
    expect(extractName('Willow Farm Petting Zoo 🐑🐐 bottle-feed lambs, pony rides. Near Chelmsford.')?.name).toBe('Willow Farm Petting Zoo');
  });

  it('reads names with marks inside, and a business named once, late, that the trades’ words end', () => {
    expect(extractName("Jo-Jo's Diner serves burgers, shakes and all-day breakfasts in Margate.")?.name).toBe("Jo-Jo's Diner");
    expect(extractName('Courtesy cars available. Ring Abbey Motors on 01234 567890.')?.name).toBe('Abbey Motors');
    expect(extractName('Stained glass windows made and restored. Commissions welcome at Lumen Glass, Shrewsbury.')?.name).toBe('Lumen Glass');
    expect(extractName('Choir practice every Tuesday at St Mary\'s Hall, Leamington.')?.name).not.toBe("St Mary's Hall");
    expect(extractName('Mortgages explained in plain English. Advice from Keystone Mortgages is free.')?.name).toBe('Keystone Mortgages');
    expect(extractName('wild at heart florist, bespoke wedding flowers in cheshire')?.name).toBe('wild at heart florist');
    expect(extractName('accountant for freelancers and contractors, fixed monthly fee')?.name).toBeUndefined();
  });

  it('reads a quoted name with its own apostrophe, a legal form in capitals, "sold as", a label and "by" a business', () => {
    expect(extractName("'Bob's Bikes' repairs bikes in York")?.name).toBe("Bob's Bikes");
    expect(extractName('Sparkle & Shine Cleaning LTD, domestic cleaning in Leeds')?.name).toBe('Sparkle & Shine Cleaning');
    expect(extractName('Handmade jewellery by me, Lucy, sold as Lucky Star Jewels on Etsy')?.name).toBe('Lucky Star Jewels');
    expect(extractName('Lessons in maths and English for ages 7-16. Tutor: Bright Minds Tuition.')?.name).toBe('Bright Minds Tuition');
    expect(extractName('Dog walking in Leeds by Muddy Mutts. Group walks and solo walks.')?.name).toBe('Muddy Mutts');
    expect(extractName('Portraits in oils by Jane Smith.')?.name).not.toBe('Jane Smith');
    expect(extractName('blue heron | bread and cakes | leeds')?.name).toBe('blue heron');
    expect(extractName('fern hill (bakery) in leeds')?.name).toBe('fern hill');
  });

  it('reads a name mentioned once, late: found on a platform, loved, the family people join, signed "By"', () => {
    const opening = 'Fresh sourdough, pastries and cakes baked every morning in Leeds. ';
    expect(extractName(`${opening}Find Blue Heron on Instagram.`)?.name).toBe('Blue Heron');
    expect(extractName(`${opening}Everyone loves Fern Hill.`)?.name).toBe('Fern Hill');
    expect(extractName(`${opening}Join the Moon River family.`)?.name).toBe('Moon River');
    expect(extractName(`${opening}Tiny Acorn since 2015.`)?.name).toBe('Tiny Acorn');
    expect(extractName(`${opening}By Quiet Corner.`)?.name).toBe('Quiet Corner');
    expect(extractName(`${opening}That is Blue Heron.`)?.name).toBe('Blue Heron');
    expect(extractName('Choir for all ages. Join the Leeds singing community.')?.name).not.toBe('Leeds');
  });

  it('reads a name after "we called it", "proud to be", "With … you", "So in 2015 …", "The … story", "…’s founder"', () => {
    const opening = 'Fresh sourdough, pastries and cakes baked every morning in Leeds. ';
    expect(extractName(`${opening}We called it Blue Heron.`)?.name).toBe('Blue Heron');
    expect(extractName(`${opening}After years in other kitchens we named our own place Fern Hill.`)?.name).toBe('Fern Hill');
    expect(extractName(`${opening}We are proud to be Moon River.`)?.name).toBe('Moon River');
    expect(extractName(`${opening}With Tiny Acorn you get honest prices.`)?.name).toBe('Tiny Acorn');
    expect(extractName(`${opening}So in 2015 Quiet Corner was born.`)?.name).toBe('Quiet Corner');
    expect(extractName(`${opening}The Blue Heron story began in 2015.`)?.name).toBe('Blue Heron');
    expect(extractName(`${opening}Fern Hill's founder, Amy, trained in Paris.`)?.name).toBe('Fern Hill');
    expect(extractName(`${opening}Recommended by locals: Moon River.`)?.name).toBe('Moon River');
    expect(extractName(`${opening}Why Tiny Acorn? Because we care.`)?.name).toBe('Tiny Acorn');
    expect(extractName(`${opening}Give Quiet Corner a try.`)?.name).toBe('Quiet Corner');
  });

  it('drops the possessive of a name of several words before what it has, not of a name that is one', () => {
    expect(extractName("Fern Hill's sourdough is baked overnight in Leeds.")?.name).toBe('Fern Hill');
    expect(extractName("Blue Heron's kayak tours run from April to October.")?.name).toBe('Blue Heron');
    expect(extractName("Tiny Acorn's is a cafe in Leeds.")?.name).toBe("Tiny Acorn's");
  });

  it('lets a heading give way to a name a later sentence invites to, and never names a site "Visit"', () => {
    expect(extractName('Cash Only. Visit Blue Heron on Mill Street.')?.name).toBe('Blue Heron');
    expect(extractName('Wedding Cakes & Cupcakes. Fern Hill bakes everything by hand.')?.name).toBe('Fern Hill');
    expect(extractName('Welcome! Visit Quiet Corner on Mill Street.')?.name).toBe('Quiet Corner');
  });

  it('reads a name that opens with a word that opens no name elsewhere, when the sentence says it is a business', () => {
    expect(extractName('Here & Now is a mindfulness studio in Bath.')?.name).toBe('Here & Now');
    expect(extractName('Come Dine is a cookery school in York.')?.name).toBe('Come Dine');
    expect(extractName('Call Us is a …')?.name).toBeUndefined();
  });

  it('takes no accreditation or award for a name, and reads the name signed after it', () => {
    expect(extractName('Gas Safe registered, Which? Trusted Trader. Blue Heron, Leeds.')?.name).toBe('Blue Heron');
    expect(extractName('Winner of Best Bakery 2023 at the Yorkshire Food Awards. Fern Hill, Leeds.')?.name).toBe('Fern Hill');
    expect(extractName('NICEIC Approved electricians covering Leeds.')?.name).toBeUndefined();
  });

  it('lets brands a business sells, or a theme, give way to the name a later sentence presents or signs', () => {
    expect(extractName('Farrow & Ball paints and Little Greene wallpapers in stock. Blue Heron bakes everything by hand.')?.name).toBe('Blue Heron');
    expect(extractName('Jaguar Land Rover specialists. Moon River, Leeds.')?.name).toBe('Moon River');
    expect(extractName('Harry Potter walking tours of York. Fern Hill, York.')?.name).toBe('Fern Hill');
    expect(extractName('Blue Heron bakes, sells and delivers bread in Leeds. Fern Hill is our sister shop.')?.name).toBe('Blue Heron');
  });

  it('reads "and i run X" written in lower case', () => {
    expect(extractName('hi im sam and i run Blue Heron, dog grooming in leeds')?.name).toBe('Blue Heron');
  });

  it('ends a name at what a sign says next, not within a trade of two words', () => {
    expect(extractName('Blue Heron Bakery Est 1990. Fresh bread daily in Leeds.')?.name).toBe('Blue Heron Bakery');
    expect(extractName('Fern Hill Cafe Open Daily 8-4. Leeds.')?.name).toBe('Fern Hill Cafe');
    expect(extractName('Moon River Yoga Tel 0113 496 0000. Leeds.')?.name).toBe('Moon River Yoga');
    expect(extractName('Silver Birch Care Home offers residential care near Taunton.')?.name).toBe('Silver Birch Care Home');
  });

  it('keeps a name’s own plus and question mark', () => {
    expect(extractName('Fit+ is a gym in Leeds.')?.name).toBe('Fit+');
    expect(extractName('Salt + Stone makes worktops.')?.name).toBe('Salt + Stone');
    expect(extractName('Why Not? is a gift shop in York.')?.name).toBe('Why Not?');
    expect(extractName('Need a plumber? Pipe Dreams fixes leaks.')?.name).toBe('Pipe Dreams');
  });

  it('reads a name in a bulleted first line, and the business a heading says does the work', () => {
    expect(extractName('- Blue Heron\n- dog grooming\n- Leeds')?.name).toBe('Blue Heron');
    expect(extractName('Dog Grooming by Fern Hill, Leeds')?.name).toBe('Fern Hill');
    expect(extractName('Photography by Jane Smith, Leeds.')?.name).toBe('Photography by Jane Smith');
  });

  it('reads the one run of capitals in a text typed in lower case, set off by commas', () => {
    expect(extractName('mobile dog grooming around leeds, Blue Heron, all breeds')?.name).toBe('Blue Heron');
    expect(extractName('all breeds, leeds area, Fern Hill dog grooming')?.name).toBe('Fern Hill');
    expect(extractName('cakes for all occasions, order via Instagram or Facebook')?.name).toBeUndefined();
  });

  it('reads "call it X", "You\'ll love X", "the team behind X", "nowhere like X"', () => {
    expect(extractName('Locals call it the Blue Heron.')?.name).toBe('Blue Heron');
    expect(extractName("Coffee and cake by the river. You'll love Fern Hill.")?.name).toBe('Fern Hill');
    expect(extractName('Meet the team behind Moon River.')?.name).toBe('Moon River');
    expect(extractName("There's nowhere like Tiny Acorn in Leeds.")?.name).toBe('Tiny Acorn');
  });

  it('reads a name invited to or thanked for, late in a text', () => {
    const opening = 'Fresh sourdough, pastries and cakes baked every morning in Leeds. ';
    expect(extractName(`${opening}Catch Blue Heron at the farmers market.`)?.name).toBe('Blue Heron');
    expect(extractName(`${opening}Spot the Fern Hill van at local fairs.`)?.name).toBe('Fern Hill');
    expect(extractName(`${opening}Thank you for supporting Moon River.`)?.name).toBe('Moon River');
    expect(extractName(`${opening}All the best, Tiny Acorn`)?.name).toBe('Tiny Acorn');
    expect(extractName('Catch Up Cafe serves brunch.')?.name).toBe('Catch Up Cafe');
  });
});
