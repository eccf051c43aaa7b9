// Made-up names in several scripts for synthetic data. Deterministic, so runs are comparable.
const LATIN_FIRST = ["Aigul", "Bakyt", "Dilnoza", "Erlan", "Farrukh", "Gulnara", "Ilkhom", "Jamshid", "Kamila", "Lola", "Murat", "Nodira", "Olim", "Parviz", "Ravshan", "Saida", "Timur", "Umida", "Zarina", "Yusuf"];
const LATIN_LAST = ["Abdullaev", "Beknazarov", "Chorshanbiev", "Davletov", "Ergashev", "Fayzullaev", "Ganiev", "Hasanov", "Ismoilov", "Juraev", "Karimov", "Latipov", "Mirzaev", "Nazarov", "Orazov", "Pulatov", "Rakhimov", "Sultanov", "Tursunov", "Usmonov"];
const CYRILLIC_FIRST = ["Айгуль", "Бакыт", "Дильноза", "Ерлан", "Фаррух", "Гульнара", "Ильхом", "Джамшид", "Камила", "Лола", "Мурат", "Нодира", "Олим", "Парвиз", "Равшан", "Саида", "Тимур", "Умида", "Зарина", "Юсуф"];
const CYRILLIC_LAST = ["Абдуллаев", "Бекназаров", "Чоршанбиев", "Давлетов", "Эргашев", "Файзуллаев", "Ганиев", "Хасанов", "Исмоилов", "Джураев", "Каримов", "Латипов", "Мирзаев", "Назаров", "Оразов", "Пулатов", "Рахимов", "Султанов", "Турсунов", "Усмонов"];

export function syntheticName(i: number) {
  const f = i % LATIN_FIRST.length;
  const l = Math.floor(i / LATIN_FIRST.length) % LATIN_LAST.length;
  const n = Math.floor(i / (LATIN_FIRST.length * LATIN_LAST.length));
  const suffix = n > 0 ? ` ${n}` : "";
  return {
    latin: `${LATIN_FIRST[f]} ${LATIN_LAST[l]}${suffix}`,
    cyrillic: `${CYRILLIC_FIRST[f]} ${CYRILLIC_LAST[l]}${suffix}`,
    romanised: `${LATIN_FIRST[f]!.replace("kh", "h").replace("J", "Dj")} ${LATIN_LAST[l]!.replace("ev", "yev")}${suffix}`,
    arabic: i % 7 === 0 ? `${["سعيد", "محمد", "علي"][i % 3]} ${n}` : null,
  };
}
