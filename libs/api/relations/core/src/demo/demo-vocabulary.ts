/**
 * Word lists for demo data around 's-Hertogenbosch: places with their postcode areas,
 * streets and area codes, Dutch (and Brabant) names, and the kinds of organisations a
 * gemeente deals with. Hand-written lists keep generation fast and free of real people.
 */

export interface DemoPlace {
  city: string;
  /** Four-digit postcode areas of the place. */
  postcodeAreas: readonly string[];
  /** Postcode area of the place's PO boxes. */
  postbusArea: string;
  streets: readonly string[];
  /** Villages and neighbourhoods, for names such as "Stichting Welzijn Empel". */
  areas: readonly string[];
  /** Area code (netnummer) of landlines. */
  areaCode: '073' | '0412';
  weight: number;
}

export const DEMO_PLACES: readonly DemoPlace[] = [
  {
    city: "'s-Hertogenbosch",
    postcodeAreas: ['5211', '5212', '5213', '5215', '5216', '5221', '5222', '5223', '5224', '5231', '5232', '5233', '5234', '5235', '5236'],
    postbusArea: '5201',
    streets: [
      'Hinthamerstraat', 'Verwersstraat', 'Vughterstraat', 'Orthenstraat', 'Kerkstraat', 'Markt', 'Hooge Steenweg',
      'Stationsweg', 'Koninginnenlaan', 'Onze Lieve Vrouwestraat', 'Graafseweg', 'Sint Teunislaan', 'Magistratenlaan',
      'Rompertsebaan', 'Het Wielsem', 'De Grote Vliet', 'Helftheuvelweg', 'Hervensebaan', 'Brabantlaan', 'Pettelaarseweg',
      'Vlijmenseweg', 'Parallelweg', 'Havensingel', 'Zuid-Willemsvaart', 'Maaspoortweg', 'Empelseweg',
    ],
    areas: ['Den Bosch', 'Hintham', 'Empel', 'Engelen', 'Maaspoort', 'De Muntel', 'Graafsepoort', 'Boschveld', 'Kruiskamp', 'De Vliert', 'Orthen', 'Binnenstad'],
    areaCode: '073',
    weight: 45,
  },
  {
    city: 'Rosmalen',
    postcodeAreas: ['5241', '5242', '5243', '5244', '5245', '5246', '5248'],
    postbusArea: '5240',
    streets: ['Dorpsstraat', 'Molenstraat', 'Kruisstraat', 'Graafsebaan', 'Hoff van Hollantlaan', 'Driek van Erpstraat', 'Raadhuisstraat', 'Oude Baan', 'Kastanjelaan', 'Burgemeester Woltersplein', 'Hooghe Heide', 'De Kruisstraat'],
    areas: ['Rosmalen', 'De Groote Wielen', 'Maliskamp', 'Sparrenburg', 'Rosmalen-Zuid'],
    areaCode: '073',
    weight: 15,
  },
  {
    city: 'Vught',
    postcodeAreas: ['5261', '5262', '5263', '5264'],
    postbusArea: '5260',
    streets: ['Taalstraat', 'Helvoirtseweg', 'Loonsebaan', 'Esschestraat', 'Boxtelseweg', 'Postweg', 'Molenstraat', 'Vliertwijksestraat', 'Kempenlandstraat', 'Moleneindplein'],
    areas: ['Vught', 'Cromvoirt', 'Helvoirt', 'Vught-Noord'],
    areaCode: '073',
    weight: 12,
  },
  {
    city: 'Oss',
    postcodeAreas: ['5341', '5342', '5343', '5344', '5345', '5346', '5347', '5348'],
    postbusArea: '5340',
    streets: ['Kruisstraat', 'Heuvel', 'Molenstraat', 'Walstraat', 'Heescheweg', 'Berghemseweg', 'Raadhuislaan', 'Oostwal', 'Torenstraat', 'Schadewijkstraat', 'Kantsingel', 'Euterpelaan'],
    areas: ['Oss', 'Berghem', 'Megen', 'Ravenstein', 'Geffen', 'Nuland'],
    areaCode: '0412',
    weight: 15,
  },
  {
    city: 'Sint-Michielsgestel',
    postcodeAreas: ['5271'],
    postbusArea: '5270',
    streets: ['Nieuwstraat', 'Schijndelseweg', 'Hoogstraat', 'Theresiastraat', 'Petrus Dondersplein', 'Kapelstraat', 'Halderheiweg'],
    areas: ['Sint-Michielsgestel', 'Gemonde', 'Den Dungen', 'Maaskantje'],
    areaCode: '073',
    weight: 7,
  },
  {
    city: 'Berlicum',
    postcodeAreas: ['5258'],
    postbusArea: '5257',
    streets: ['Kerkwijk', 'Schoolstraat', 'Hoofdstraat', 'Den Dungenseweg', 'Kerkstraat', 'Wamberg', 'Beekgraaf'],
    areas: ['Berlicum', 'Middelrode'],
    areaCode: '073',
    weight: 6,
  },
];

/** Letters for the postcode suffix; SA, SD and SS are filtered out where pairs are made. */
export const POSTCODE_LETTERS = [...'ABCDEGHJKLMNPRSTVWXZ'];

export const VOORNAMEN = [
  'Jan', 'Piet', 'Kees', 'Henk', 'Gerard', 'Wim', 'Frank', 'Peter', 'Mark', 'Bas', 'Tom', 'Joost', 'Ruud', 'Marcel',
  'Sander', 'Rik', 'Bram', 'Daan', 'Luuk', 'Thijs', 'Sem', 'Jeroen', 'Maarten', 'Stijn', 'Koen', 'Harrie', 'Toon',
  'Martien', 'Sjef', 'Driek', 'Anne', 'Maria', 'Els', 'Ingrid', 'Marieke', 'Sanne', 'Lotte', 'Femke', 'Anouk',
  'Linda', 'Monique', 'Petra', 'Karin', 'Esther', 'Fleur', 'Eva', 'Lisa', 'Iris', 'Noor', 'Julia', 'Emma', 'Tessa',
  'Yvonne', 'Wilma', 'Ria', 'Mieke', 'Hanneke', 'Nicole', 'Mohamed', 'Fatima', 'Yusuf', 'Ayse', 'Sevda', 'Kevin',
];

/** [tussenvoegsel, achternaam]; Brabant surnames weigh in. */
export const ACHTERNAMEN: readonly (readonly [string | null, string])[] = [
  [null, 'Jansen'], [null, 'Bakker'], [null, 'Visser'], [null, 'Smit'], [null, 'Meijer'], [null, 'Mulder'],
  [null, 'Peters'], [null, 'Hendriks'], [null, 'Dekker'], [null, 'Brouwer'], [null, 'Dijkstra'], [null, 'Verhoeven'],
  [null, 'Schouten'], [null, 'Kuijpers'], [null, 'Verbeek'], [null, 'Smulders'], [null, 'Habraken'], [null, 'Bosch'],
  [null, 'Coolen'], [null, 'Vermeulen'], [null, 'Pijnenburg'], [null, 'Wouters'], [null, 'Martens'], [null, 'Timmermans'],
  [null, 'Aarts'], [null, 'Heijmans'], [null, 'Verstegen'], [null, 'Mutsaers'], [null, 'Willems'], [null, 'Hermans'],
  [null, 'Claassen'], [null, 'Swinkels'], [null, 'Raaijmakers'], [null, 'Schellekens'], [null, 'Vissers'], [null, 'Yilmaz'],
  [null, 'El Amrani'], ['van', 'Dijk'], ['de', 'Vries'], ['van den', 'Berg'], ['van der', 'Heijden'], ['de', 'Jong'],
  ['de', 'Boer'], ['van', 'Leeuwen'], ['de', 'Wit'], ['van de', 'Ven'], ['van', 'Dam'], ['van', 'Lieshout'],
  ['van', 'Erp'], ['van', 'Rooij'], ['van der', 'Linden'], ['van', 'Heeswijk'], ['van', 'Nistelrooij'], ['de', 'Bruijn'],
  ['van', 'Kessel'], ['van', 'Os'], ['van', 'Boxtel'], ['van der', 'Steen'], ['van', 'Gerwen'], ['van', 'Vugt'],
  ['van den', 'Broek'], ['van', 'Hout'], ['de', 'Groot'], ['van', 'Zon'],
];

/** Words for names that belong to the region rather than a family. */
export const REGIONAL_NAMES = [
  'De Meierij', 'Oeteldonk', 'Maasland', 'De Dommel', 'Brabant', 'Het Groene Woud', 'Maaskant', 'Sint-Jan',
  'De Bossche Poort', 'Dommelstroom', 'Bossche Broek', 'De Aa', 'Zuiderwater', 'De Vliert',
];

export const FANCY_NAMES = [
  'De Gouden Leeuw', 'Het Zwaantje', 'De Drie Hoefijzers', 'De Moriaan', 'In de Blauwe Hand', 'De Kleine Winst',
  "'t Pumpke", 'De Pettelaar', 'De Dommel', 'Het Hemelrijk', 'De Markt', 'De Verwondering', "'t Bossche Hart", 'De Sluis',
];

export const GOVERNMENT_BODIES = [
  'Gemeente Vught', 'Gemeente Oss', 'Gemeente Sint-Michielsgestel', 'Provincie Noord-Brabant', 'Waterschap Aa en Maas',
  'Veiligheidsregio Brabant-Noord', 'GGD Hart voor Brabant', 'Omgevingsdienst Brabant Noord', 'Gemeente Maashorst',
  'Gemeente Boxtel', 'Gemeente Heusden', 'Gemeente Meierijstad',
];

export const ARCHIVE_REASONS = [
  'Bedrijf opgeheven volgens het Handelsregister',
  'Dubbel geregistreerd',
  'Geen relatie meer met de gemeente',
  'Gefuseerd met een andere organisatie',
];

export const RESIDENT_MAIL_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'home.nl'];
