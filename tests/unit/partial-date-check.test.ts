// A typed date that is not one is refused with the reason, in both languages, from the one check of typed dates:
// a form field's message and the import report's say the same.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { readMessage, translateMessage } from "@/lib/validations/message-values";
import { parsePartialDate, ZPartialDateSchema } from "@/lib/validations/partial-date";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

const MESSAGES = { en, ru };

/** What the form shows under the field for this text, or null when it is a date. */
function fieldMessage(locale: "en" | "ru", text: string): string | null {
  const parsed = ZPartialDateSchema.safeParse(text);
  if (parsed.success) return null;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "Validation" });
  return translateMessage(t as never, parsed.error.issues[0]!.message);
}

/** What the import report says after "row N, column:". */
function importMessage(locale: "en" | "ru", text: string): string | null {
  const parsed = ZPartialDateSchema.safeParse(text);
  if (parsed.success) return null;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "Import.problems" });
  return translateMessage(t as never, parsed.error.issues[0]!.message);
}

describe("the check of a typed partial date", () => {
  it("accepts a year, a month or a day as precise as the source, and empty as not known", () => {
    expect(parsePartialDate("2024")).toEqual({ date: new Date("2024-01-01T00:00:00Z"), precision: "YEAR" });
    expect(parsePartialDate("2024-02")).toEqual({ date: new Date("2024-02-01T00:00:00Z"), precision: "MONTH" });
    expect(parsePartialDate("2024-02-29")).toEqual({ date: new Date("2024-02-29T00:00:00Z"), precision: "DAY" });
    expect(parsePartialDate(" ")).toEqual({ date: null, precision: "UNKNOWN" });
  });

  it("says there is no such month, not that the date is in the future", () => {
    expect(fieldMessage("en", "2024-13")).toBe("There is no month 13: months run from 01 to 12.");
    expect(fieldMessage("en", "2024-00-10")).toBe("There is no month 00: months run from 01 to 12.");
    expect(fieldMessage("ru", "2024-13")).toBe("Месяца 13 нет: номер месяца — от 01 до 12.");
  });

  it("says how many days the month has, with the month's name in the reader's language and case", () => {
    expect(fieldMessage("en", "2024-02-30")).toBe("There is no day 30 in February 2024: that month has 29 days.");
    expect(fieldMessage("en", "2023-02-29")).toBe("There is no day 29 in February 2023: that month has 28 days.");
    expect(fieldMessage("ru", "2024-02-30")).toBe("Числа 30 в феврале 2024 года нет: в этом месяце 29 дней.");
    expect(fieldMessage("ru", "2025-04-31")).toBe("Числа 31 в апреле 2025 года нет: в этом месяце 30 дней.");
    expect(fieldMessage("ru", "2025-12-32")).toBe("Числа 32 в декабре 2025 года нет: в этом месяце 31 день.");
    expect(fieldMessage("en", "2025-05-00")).toBe("There is no day 00 in May 2025: that month has 31 days.");
  });

  it("keeps the other reasons apart: the shape, a year before 1900, a date still to come", () => {
    expect(fieldMessage("en", "11/2024")).toBe("Use YYYY, YYYY-MM or YYYY-MM-DD.");
    expect(fieldMessage("ru", "11/2024")).toBe("Используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.");
    // Date.UTC would read the year 0099 as 1999.
    expect(fieldMessage("en", "0099")).toBe("Use a year from 1900 on.");
    expect(fieldMessage("ru", "1899-12-31")).toBe("Год должен быть не раньше 1900-го.");
    expect(fieldMessage("en", "2999-01")).toBe("This date has not come yet.");
    expect(fieldMessage("ru", "2999")).toBe("Эта дата ещё не наступила.");
  });

  it("tells the import report the same, as its lower-case problem", () => {
    expect(importMessage("en", "2024-02-30")).toBe("there is no day 30 in February 2024: that month has 29 days.");
    expect(importMessage("ru", "2024-13")).toBe("месяца 13 нет: номер месяца — от 01 до 12.");
    expect(importMessage("en", "11/2024")).toBe("use YYYY, YYYY-MM or YYYY-MM-DD.");
  });
});

describe("a message with values", () => {
  it("reads back its key and values, and a plain key as itself", () => {
    expect(readMessage("invalidDate")).toEqual({ key: "invalidDate", values: {} });
    expect(readMessage('dateNoSuchMonth {"month":"13"}')).toEqual({ key: "dateNoSuchMonth", values: { month: "13" } });
  });

  it("drops values that are not text or numbers, or that name an object's internals", () => {
    const read = readMessage('dateNoSuchDay {"__proto__":{"x":1},"constructor":"c","day":"30","days":29,"bad":[1]}');
    expect(read.key).toBe("dateNoSuchDay");
    expect(read.values).toEqual({ day: "30", days: 29 });
    expect(Object.getPrototypeOf(read.values)).toBe(Object.prototype);
    expect(readMessage("dateNoSuchDay {not json")).toEqual({ key: "dateNoSuchDay {not json", values: {} });
  });
});
