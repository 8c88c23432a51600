/**
 * Word lists of the bench's made-up clients, shaped like a Ukrainian/Slovak client base:
 * company brands (a real root or an invented syllable, then two invented syllables), an
 * activity word, a city, a number, legal forms before («ТОВ») or after (LLC, s.r.o.), part of
 * the names in Cyrillic, people with first names and patronymics. A brand draws from some 10^9
 * combinations, so two clients share one by chance about as rarely as in a real base of that
 * size; the common words (Trade, Kyiv) repeat, as they do in real names.
 */
export const onsets = ['b', 'v', 'h', 'd', 'z', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'f', 'kh', 'ts', 'ch', 'sh', 'br', 'kr', 'st', 'tr', 'hr', 'pl'];
export const vowels = ['a', 'e', 'i', 'o', 'u', 'y'];
/** Empty codas weigh more: open syllables are the common ones. */
export const codas = ['', '', '', '', 'n', 'r', 'l', 's', 'm', 'k', 't', 'v'];
export const roots = [
  'Agro', 'Tekhno', 'Bud', 'Energo', 'Metal', 'Prom', 'Trans', 'Inter', 'Ukr', 'Euro', 'Neo', 'Eko', 'Avto', 'Info', 'Med',
  'Farm', 'Elektro', 'Teplo', 'Nafto', 'Zerno', 'Dnipro', 'Karpat', 'Poli', 'Mega', 'Alfa', 'Vektor', 'Nova', 'Terra', 'Aqua',
  'Bio', 'Geo', 'Stal', 'Mash', 'Lis', 'Khim', 'Plast', 'Budy', 'Sviat', 'Dobro', 'Zoria', 'Sonia', 'Polis', 'Tavria', 'Volyn', 'Podil',
];
export const activities = [
  'Trade', 'Group', 'Invest', 'Service', 'Logistics', 'Plus', 'Holding', 'Ukraine', 'Import', 'Systems', 'Market', 'Industries',
  'Build', 'Consulting', 'Development', 'Energy', 'Foods', 'Pharm', 'Motors', 'Tech', 'Soft', 'Media', 'Print', 'Steel', 'Textile',
  'Mebli', 'Pack', 'Auto', 'Transit', 'Capital', 'Partners', 'Solutions', 'Distribution', 'Engineering', 'Design', 'Retail',
  'Export', 'Farm', 'Budmontazh', 'Prylad', 'Resurs', 'Standart', 'Komplekt', 'Servis', 'Postach', 'Agrotekh', 'Lab', 'Studio',
];
export const cities = [
  'Kyiv', 'Lviv', 'Odesa', 'Kharkiv', 'Dnipro', 'Zaporizhzhia', 'Vinnytsia', 'Poltava', 'Chernihiv', 'Cherkasy', 'Sumy', 'Zhytomyr',
  'Rivne', 'Lutsk', 'Ternopil', 'Uzhhorod', 'Ivano-Frankivsk', 'Chernivtsi', 'Khmelnytskyi', 'Kropyvnytskyi', 'Mykolaiv', 'Kherson',
  'Bila Tserkva', 'Kremenchuk', 'Kamianets', 'Mukachevo', 'Berdychiv', 'Uman', 'Brovary', 'Irpin', 'Boryspil', 'Kovel', 'Drohobych',
  'Kolomyia', 'Nizhyn', 'Konotop', 'Pryluky', 'Smila', 'Fastiv', 'Bratislava', 'Kosice', 'Zilina', 'Nitra', 'Presov', 'Trnava',
  'Banska Bystrica', 'Martin', 'Poprad',
];
export const legalSuffixes = ['LLC', 'LLC', 'Ltd', 'PE', 'JSC', 's.r.o.', 'a.s.', 'GmbH'];
export const surnameEndings = ['enko', 'chuk', 'yuk', 'ko', 'ovych', 'skyi', 'iv', 'ak', 'ets', 'ar', 'ovskyi', 'yshyn'];
export const firstNames = [
  'Oleksandr', 'Andrii', 'Ivan', 'Mykola', 'Petro', 'Serhii', 'Dmytro', 'Yurii', 'Vasyl', 'Taras', 'Bohdan', 'Roman', 'Oleh', 'Viktor',
  'Maksym', 'Pavlo', 'Volodymyr', 'Ihor', 'Stepan', 'Anatolii', 'Olena', 'Iryna', 'Nataliia', 'Oksana', 'Tetiana', 'Mariia', 'Yuliia',
  'Svitlana', 'Halyna', 'Liudmyla', 'Kateryna', 'Olha', 'Anna', 'Sofiia', 'Khrystyna', 'Larysa', 'Valentyna', 'Daryna', 'Viktoriia', 'Zoriana',
];
export const patronymics = [
  'Oleksandrovych', 'Andriiovych', 'Ivanovych', 'Mykolaiovych', 'Petrovych', 'Serhiiovych', 'Vasylovych', 'Romanovych', 'Viktorovych', 'Yuriiovych',
  'Oleksandrivna', 'Andriivna', 'Ivanivna', 'Mykolaivna', 'Petrivna', 'Serhiivna', 'Vasylivna', 'Romanivna', 'Viktorivna', 'Yuriivna',
];

/** Latin to Ukrainian Cyrillic as people write these names; digraphs first. */
const toCyrillicPairs: [string, string][] = [
  ['shch', 'щ'], ['kh', 'х'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['zh', 'ж'], ['ia', 'я'], ['iu', 'ю'], ['ie', 'є'], ['yi', 'ий'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['h', 'г'], ['g', 'ґ'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['y', 'и'], ['i', 'і'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['c', 'к'], ['x', 'кс'], ['w', 'в'], ['q', 'к'],
];
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A word in Cyrillic (keeps the capital). */
export function toCyrillic(word: string): string {
  let out = word;
  for (const [lat, cyr] of toCyrillicPairs) out = out.replaceAll(upper(lat), upper(cyr)).replaceAll(lat, cyr);
  return out;
}

/** A Cyrillic word back in Latin, the national transliteration (not exactly the way in: people differ). */
export function toLatin(word: string): string {
  const map: Record<string, string> = { щ: 'shch', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ж: 'zh', я: 'ia', ю: 'iu', є: 'ie', ї: 'i', й: 'i', а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', з: 'z', и: 'y', і: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', ь: '' };
  return [...word].map((ch) => {
    const low = ch.toLowerCase();
    const lat = map[low];
    if (lat === undefined) return ch;
    return ch === low ? lat : upper(lat);
  }).join('');
}

/** The same transliteration in SQL, for names made in the database (digraphs, then letter by letter). */
export function toCyrillicSql(expr: string): string {
  const digraphs = toCyrillicPairs.filter(([lat]) => lat.length > 1);
  let sql = expr;
  for (const [lat, cyr] of digraphs) sql = `replace(replace(${sql}, '${upper(lat)}', '${upper(cyr)}'), '${lat}', '${cyr}')`;
  const singles = toCyrillicPairs.filter(([lat, cyr]) => lat.length === 1 && cyr.length === 1);
  const from = singles.map(([l]) => l).join('') + singles.map(([l]) => l.toUpperCase()).join('');
  const to = singles.map(([, c]) => c).join('') + singles.map(([, c]) => c.toUpperCase()).join('');
  return `translate(${sql}, '${from}', '${to}')`;
}
