// Made-up names in several scripts for synthetic data, built from syllables so that, as with real names,
// most surnames are rare. Deterministic, so runs are comparable.
const FIRST: [string, string][] = [
  ["Aigul", "Айгуль"],
  ["Bakyt", "Бакыт"],
  ["Dilnoza", "Дильноза"],
  ["Erlan", "Ерлан"],
  ["Farrukh", "Фаррух"],
  ["Gulnara", "Гульнара"],
  ["Ilkhom", "Ильхом"],
  ["Jamshid", "Джамшид"],
  ["Kamila", "Камила"],
  ["Lola", "Лола"],
  ["Murat", "Мурат"],
  ["Nodira", "Нодира"],
  ["Olim", "Олим"],
  ["Parviz", "Парвиз"],
  ["Ravshan", "Равшан"],
  ["Saida", "Саида"],
  ["Timur", "Тимур"],
  ["Umida", "Умида"],
  ["Zarina", "Зарина"],
  ["Yusuf", "Юсуф"],
];
const HEAD: [string, string][] = [
  ["Ab", "Аб"],
  ["Bek", "Бек"],
  ["Dav", "Дав"],
  ["Erg", "Эрг"],
  ["Fay", "Фай"],
  ["Gan", "Ган"],
  ["Has", "Хас"],
  ["Ism", "Исм"],
  ["Jur", "Джур"],
  ["Kar", "Кар"],
  ["Lat", "Лат"],
  ["Mir", "Мир"],
  ["Naz", "Наз"],
  ["Or", "Ор"],
  ["Pul", "Пул"],
  ["Rah", "Рах"],
  ["Sul", "Сул"],
  ["Tur", "Тур"],
  ["Us", "Ус"],
  ["Zak", "Зак"],
  ["Khol", "Хол"],
  ["Sher", "Шер"],
  ["Tosh", "Тош"],
  ["Yor", "Ёр"],
];
const MIDDLE: [string, string][] = [
  ["a", "а"],
  ["i", "и"],
  ["u", "у"],
  ["o", "о"],
  ["ar", "ар"],
  ["an", "ан"],
  ["ul", "ул"],
  ["im", "им"],
  ["az", "аз"],
  ["ab", "аб"],
  ["on", "он"],
  ["ir", "ир"],
  ["um", "ум"],
  ["at", "ат"],
  ["ek", "ек"],
  ["ig", "иг"],
  ["ush", "уш"],
  ["al", "ал"],
  ["ad", "ад"],
  ["em", "ем"],
];
const TAIL: [string, string][] = [
  ["ov", "ов"],
  ["ev", "ев"],
  ["zoda", "зода"],
  ["bekov", "беков"],
  ["iyev", "иев"],
  ["aliyev", "алиев"],
  ["murodov", "муродов"],
  ["khonov", "хонов"],
];

const pick = <T>(list: T[], n: number) => list[n % list.length]!;

export function syntheticName(i: number) {
  const first = pick(FIRST, i);
  const head = pick(HEAD, Math.floor(i / 20));
  const middle = pick(MIDDLE, Math.floor(i / 480));
  const tail = pick(TAIL, Math.floor(i / 9600));
  const n = Math.floor(i / 76_800);
  const suffix = n > 0 ? ` ${n}` : "";
  const latinLast = `${head[0]}${middle[0]}${tail[0]}`;
  const cyrillicLast = `${head[1]}${middle[1]}${tail[1]}`;
  return {
    latin: `${first[0]} ${latinLast}${suffix}`,
    cyrillic: `${first[1]} ${cyrillicLast}${suffix}`,
    romanised: `${first[0].replace("kh", "h").replace("J", "Dj")} ${latinLast.replace(/ev$/, "yev").replace("kh", "h")}${suffix}`,
    arabic: i % 7 === 0 ? `${["سعيد", "محمد", "علي"][i % 3]} ${i}` : null,
  };
}
