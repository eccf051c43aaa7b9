// Atom feeds of published status changes: well-formed, and holding the expected entries.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { GET as feeds } from "@/app/api/feeds/route";
import { createPrismaClient } from "@/lib/db/create-client";
import { databaseTarget } from "@/lib/db/target";
import { createCase, deleteTestCase } from "../factories/cases";
import { PEOPLE_BY_COUNTRY } from "../support/seed-expectations";

const db = createPrismaClient(databaseTarget());
const made: Awaited<ReturnType<typeof createCase>>[] = [];
afterAll(async () => {
  for (const c of made) await deleteTestCase(db, c);
  await db.$disconnect();
});

async function feed(path: string) {
  const response = await feeds(new Request(`http://habeas.test${path}`));
  const xml = await response.text();
  return {
    response,
    xml,
    parsed: new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { title: Text; entry: unknown } },
  };
}

type Text = string | { "#text": string };
const text = (value: Text) => (typeof value === "string" ? value : value["#text"]);
const entries = (parsed: Awaited<ReturnType<typeof feed>>["parsed"]) =>
  [parsed.feed.entry ?? []].flat() as { title: Text; link: { "@_href": string } }[];

describe("Atom feeds", () => {
  it("is well-formed Atom with one entry per Kyrgyz status change", async () => {
    const { response, xml, parsed } = await feed("/api/feeds?country=KG&locale=ru");
    expect(response.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://www.w3.org/2005/Atom"');
    expect(text(parsed.feed.title)).toBe("Habeas: изменения статуса — Кыргызстан");
    const titles = entries(parsed).map((e) => text(e.title).split(":")[0]);
    expect(titles.sort()).toEqual([...PEOPLE_BY_COUNTRY.KG!].sort());
  });

  it("follows one case, links to its page, and refuses an unknown one", async () => {
    const { parsed } = await feed("/api/feeds?case=azamat-ishenbekov");
    const [entry] = entries(parsed);
    expect(text(entry!.title)).toBe("Azamat Ishenbekov: Pardoned");
    expect(entry!.link["@_href"]).toMatch(/\/en\/cases\/azamat-ishenbekov$/);
    expect((await feeds(new Request("http://habeas.test/api/feeds?case=nobody"))).status).toBe(404);
    expect((await feeds(new Request("http://habeas.test/api/feeds?country=1"))).status).toBe(400);
  });

  it("escapes every text: a quote and a note holding ]]> twice and a script parse back as the same text", async () => {
    const hostile = `a ]]> b ]]> <script>alert("x")</script> & 'c' \u0001`;
    const created = await createCase(db, { fullName: `Hostile ]]> <b>name</b> & co` });
    made.push(created);
    await db.statusEvent.updateMany({ where: { caseId: created.caseId }, data: { note: hostile } });
    await db.citation.updateMany({ where: { statusEvent: { caseId: created.caseId } }, data: { quote: hostile } });

    const { response, xml, parsed } = await feed(`/api/feeds?case=${created.slug}`);
    expect(response.status).toBe(200);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("CDATA");
    const [entry] = entries(parsed) as unknown as {
      title: Text & { "@_type": string };
      summary: Text & { "@_type": string };
    }[];
    expect(entry!.summary["@_type"]).toBe("text");
    expect(entry!.title["@_type"]).toBe("text");
    const readable = hostile.replace("\u0001", "");
    expect(text(entry!.title)).toBe("Hostile ]]> <b>name</b> & co: Imprisoned");
    expect(text(entry!.summary).split("\n\n")).toEqual([
      expect.stringMatching(/^Imprisoned/),
      readable,
      `“${readable}” — Joint statement of eight NGOs after the EU–Central Asia Summit in Samarkand`,
    ]);
  });

  it("dates an entry by the change itself, or says in words that its date is not known", async () => {
    type Entry = { updated: string; published?: string; summary?: Text; content?: Text };
    const words = (e: Entry) => text(e.content ?? e.summary ?? "");
    const dated = entries((await feed("/api/feeds?case=azamat-ishenbekov")).parsed)[0] as unknown as Entry;
    // Pardoned in April 2025, as the statement says; not the moment the seed was written.
    expect(dated.updated).toBe("2025-04-01T00:00:00.000Z");
    expect(words(dated)).not.toContain("not known");
    const undated = entries((await feed("/api/feeds?case=buzurgmehr-yorov")).parsed)[0] as unknown as Entry;
    expect(undated.published).toBeUndefined();
    expect(words(undated)).toContain(
      "The date of this change is not known; this entry is dated when Habeas recorded it.",
    );
  });
});
