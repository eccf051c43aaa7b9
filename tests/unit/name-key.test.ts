import { describe, expect, it } from "vitest";
import { nameKey } from "@/lib/search/name-key";

describe("name keys", () => {
  it("gives Cyrillic and Latin spellings of one name the same key", () => {
    const key = nameKey("Marat Zhylanbayev");
    expect(nameKey("Марат Жыланбаев")).toBe(key);
    expect(nameKey("Marat Jylanbaev")).toBe(key);
    expect(nameKey("Marat Zhylanbaev")).toBe(key);
  });

  it("ignores accents, case, punctuation and doubled letters", () => {
    expect(nameKey("Ní Aoláin")).toBe(nameKey("ni aolain"));
    expect(nameKey("Abdusattor Pirmuhammadzoda")).toBe(nameKey("abdusator pirmuhamadzoda"));
    expect(nameKey("al-Qurashi")).toBe("al kurashi");
  });

  it("folds the region's common romanisation variants", () => {
    expect(nameKey("Khurshed")).toBe(nameKey("Hurshed"));
    expect(nameKey("Buzurgmehr Yorov")).toBe(nameKey("Бузургмехр Ёров"));
    expect(nameKey("Makhabat Tajibek")).toBe(nameKey("Махабат Тажибек"));
  });
});
