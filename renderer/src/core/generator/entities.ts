/**
 * Named things that appear in Pacific Alliance bulletins: countries, cities, organisations,
 * technical groups, topics and people. Bilingual where the name changes with the language.
 */

/** A country: canonical English name (as stored in `countries`) and its Spanish name. */
export interface CountryName {
  en: string;
  es: string;
  /** Cities that can appear in datelines and "held in ..." sentences. */
  cities: readonly string[];
  /** Member states appear far more often than observers. */
  member: boolean;
}

export const COUNTRIES: readonly CountryName[] = [
  { en: 'Chile', es: 'Chile', member: true, cities: ['Santiago', 'Valparaíso', 'Concepción', 'Antofagasta', 'Puerto Montt'] },
  { en: 'Colombia', es: 'Colombia', member: true, cities: ['Bogotá', 'Medellín', 'Cali', 'Cartagena', 'Barranquilla'] },
  { en: 'Mexico', es: 'México', member: true, cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Mérida', 'Puebla'] },
  { en: 'Peru', es: 'Perú', member: true, cities: ['Lima', 'Arequipa', 'Cusco', 'Trujillo', 'Piura'] },
  { en: 'Ecuador', es: 'Ecuador', member: false, cities: ['Quito', 'Guayaquil'] },
  { en: 'Costa Rica', es: 'Costa Rica', member: false, cities: ['San José'] },
  { en: 'Panama', es: 'Panamá', member: false, cities: ['Ciudad de Panamá'] },
  { en: 'Argentina', es: 'Argentina', member: false, cities: ['Buenos Aires'] },
  { en: 'Canada', es: 'Canadá', member: false, cities: ['Ottawa'] },
  { en: 'Spain', es: 'España', member: false, cities: ['Madrid'] },
  { en: 'Japan', es: 'Japón', member: false, cities: ['Tokyo'] },
  { en: 'South Korea', es: 'Corea del Sur', member: false, cities: ['Seúl'] },
  { en: 'Singapore', es: 'Singapur', member: false, cities: ['Singapur'] },
  { en: 'Australia', es: 'Australia', member: false, cities: ['Canberra'] },
  { en: 'New Zealand', es: 'Nueva Zelanda', member: false, cities: ['Wellington'] },
  { en: 'Indonesia', es: 'Indonesia', member: false, cities: ['Yakarta'] },
  { en: 'Germany', es: 'Alemania', member: false, cities: ['Berlín'] },
  { en: 'France', es: 'Francia', member: false, cities: ['París'] },
  { en: 'Uruguay', es: 'Uruguay', member: false, cities: ['Montevideo'] },
  { en: 'Guatemala', es: 'Guatemala', member: false, cities: ['Ciudad de Guatemala'] },
];

export const MEMBER_COUNTRIES: readonly CountryName[] = COUNTRIES.filter((c) => c.member);

/** Organisation: canonical acronym (as stored in `organisations`) and its long names. */
export interface Organisation {
  acronym: string;
  en: string;
  es: string;
}

export const ORGANISATIONS: readonly Organisation[] = [
  { acronym: 'IDB', en: 'Inter-American Development Bank', es: 'Banco Interamericano de Desarrollo' },
  { acronym: 'OECD', en: 'Organisation for Economic Co-operation and Development', es: 'Organización para la Cooperación y el Desarrollo Económicos' },
  { acronym: 'ECLAC', en: 'Economic Commission for Latin America and the Caribbean', es: 'Comisión Económica para América Latina y el Caribe' },
  { acronym: 'ASEAN', en: 'Association of Southeast Asian Nations', es: 'Asociación de Naciones del Sudeste Asiático' },
  { acronym: 'WTO', en: 'World Trade Organization', es: 'Organización Mundial del Comercio' },
  { acronym: 'APEC', en: 'Asia-Pacific Economic Cooperation', es: 'Foro de Cooperación Económica Asia-Pacífico' },
  { acronym: 'CAF', en: 'Development Bank of Latin America', es: 'Banco de Desarrollo de América Latina' },
  { acronym: 'FAO', en: 'Food and Agriculture Organization', es: 'Organización de las Naciones Unidas para la Alimentación y la Agricultura' },
  { acronym: 'ILO', en: 'International Labour Organization', es: 'Organización Internacional del Trabajo' },
  { acronym: 'UNDP', en: 'United Nations Development Programme', es: 'Programa de las Naciones Unidas para el Desarrollo' },
  { acronym: 'EU', en: 'European Union', es: 'Unión Europea' },
  { acronym: 'CEAP', en: 'Pacific Alliance Business Council', es: 'Consejo Empresarial de la Alianza del Pacífico' },
  { acronym: 'MERCOSUR', en: 'Southern Common Market', es: 'Mercado Común del Sur' },
  { acronym: 'UNESCO', en: 'United Nations Educational, Scientific and Cultural Organization', es: 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura' },
];

/** A PA working body, bilingual; `topic` is a short subject used by title templates. */
export interface WorkingGroup {
  en: string;
  es: string;
  topicEn: string;
  topicEs: string;
  /** Tag name the generated archive gives bulletins about this group. */
  tag: string;
}

export const GROUPS: readonly WorkingGroup[] = [
  { en: 'Technical Group on Fisheries and Aquaculture', es: 'Grupo Técnico de Pesca y Acuicultura', topicEn: 'artisanal fisheries', topicEs: 'la pesca artesanal', tag: 'Fisheries' },
  { en: 'SME and Entrepreneurship Technical Group', es: 'Grupo Técnico de Pymes y Emprendimiento', topicEn: 'the internationalization of MSMEs', topicEs: 'la internacionalización de las mipymes', tag: 'SMEs' },
  { en: 'Technical Group on Gender', es: 'Grupo Técnico de Género', topicEn: 'gender equality', topicEs: 'la igualdad de género', tag: 'Gender' },
  { en: 'Technical Group on Cooperation', es: 'Grupo Técnico de Cooperación', topicEn: 'youth volunteering', topicEs: 'el voluntariado juvenil', tag: 'Cooperation' },
  { en: 'Digital Agenda Subgroup', es: 'Subgrupo de Agenda Digital', topicEn: 'the digital economy', topicEs: 'la economía digital', tag: 'Digital' },
  { en: 'Technical Group on Environment and Green Growth', es: 'Grupo Técnico de Medio Ambiente y Crecimiento Verde', topicEn: 'plastic waste management', topicEs: 'la gestión de residuos plásticos', tag: 'Environment' },
  { en: 'Technical Group on Education', es: 'Grupo Técnico de Educación', topicEn: 'student and academic mobility', topicEs: 'la movilidad estudiantil y académica', tag: 'Education' },
  { en: 'Technical Group on Tourism', es: 'Grupo Técnico de Turismo', topicEn: 'sustainable tourism', topicEs: 'el turismo sostenible', tag: 'Tourism' },
  { en: 'Technical Group on Culture', es: 'Grupo Técnico de Cultura', topicEn: 'the creative industries', topicEs: 'las industrias creativas', tag: 'Culture' },
  { en: 'Trade Facilitation and Customs Cooperation Subgroup', es: 'Subgrupo de Facilitación del Comercio y Cooperación Aduanera', topicEn: 'the interoperability of single windows', topicEs: 'la interoperabilidad de las ventanillas únicas', tag: 'Trade' },
  { en: 'Regulatory Cooperation Committee', es: 'Comité de Cooperación Regulatoria', topicEn: 'good regulatory practices', topicEs: 'las buenas prácticas regulatorias', tag: 'Regulation' },
  { en: 'Technical Group on Innovation', es: 'Grupo Técnico de Innovación', topicEn: 'open innovation', topicEs: 'la innovación abierta', tag: 'Innovation' },
  { en: 'Technical Group on Labour', es: 'Grupo Técnico Laboral', topicEn: 'labour mobility', topicEs: 'la movilidad laboral', tag: 'Labour' },
  { en: 'Technical Group on Mining Development', es: 'Grupo Técnico de Desarrollo Minero', topicEn: 'responsible mining', topicEs: 'la minería responsable', tag: 'Mining' },
  { en: 'Technical Group on Movement of People', es: 'Grupo Técnico de Movimiento de Personas', topicEn: 'migration facilitation', topicEs: 'la facilitación migratoria', tag: 'Migration' },
  { en: 'Technical Group on Intellectual Property', es: 'Grupo Técnico de Propiedad Intelectual', topicEn: 'intellectual property', topicEs: 'la propiedad intelectual', tag: 'Intellectual property' },
  { en: 'Services and Capital Committee', es: 'Comité de Servicios y Capitales', topicEn: 'financial integration', topicEs: 'la integración financiera', tag: 'Finance' },
  { en: 'Technical Group on Health', es: 'Grupo Técnico de Salud', topicEn: 'regional health cooperation', topicEs: 'la cooperación sanitaria regional', tag: 'Health' },
];

export const FIRST_NAMES: readonly string[] = (
  'Ana María Juan Carlos Sandra Julio Jaime Adolfo Micaela Doris Fernando Lucía Valentina Camila Sofía ' +
  'Andrés Felipe Alejandro Gabriela Daniela Mariana Ricardo Eduardo Patricia Rosa Isabel Manuel Jorge ' +
  'Luis Claudia Verónica Francisco Javier Diego Paula Natalia Carolina Héctor Ignacio Beatriz Teresa ' +
  'Rodrigo Sebastián Martín Renata Ximena Gonzalo Álvaro Inés Marcela Ramiro Esteban Pilar Rocío'
).split(' ');

export const SURNAMES: readonly string[] = (
  'Choquehuanca Mathews Letelier Chamorro Giorgini Soto Cifuentes Restrepo Jorquera Guerrero Ferrada ' +
  'Fuentes González Rodríguez Gómez Fernández López Díaz Martínez Pérez García Sánchez Romero Sosa ' +
  'Torres Álvarez Ruiz Ramírez Flores Acosta Benítez Medina Herrera Suárez Aguilar Castillo Ortiz ' +
  'Morales Vargas Rojas Castro Quispe Mamani Huamán Salazar Valencia Ospina Echeverría Zúñiga Arriagada ' +
  'Bustamante Villanueva Peña Cárdenas Montoya Navarro Ibáñez Carrasco Espinoza Figueroa Orozco'
).split(' ');

export const MONTHS_EN: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export const MONTHS_ES: readonly string[] = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
];

export const ROMAN: readonly string[] = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
