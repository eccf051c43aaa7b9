// Every locale has every message, every message is used, and plurals read right in Russian.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { routing } from "@/i18n/routing";
import { AUDIT_ACTIONS } from "@/lib/audit/write-audit";
import { CITED_FACT_KINDS } from "@/lib/cases/cited-facts";
import { RECORD_FIELDS, RECORD_TYPES } from "@/lib/records/fields";
import { projectRoot } from "@/lib/db/paths";
import { ERROR_STATUS } from "@/lib/errors";
import { DETENTION_BUCKETS } from "@/lib/status-time/detention-buckets";
import * as enums from "@/lib/generated/prisma/enums";
import { ZCaseListQuerySchema } from "@/lib/validations/case-list";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const ENUM_NAMESPACES: Record<string, string[]> = {
  CaseStatus: Object.values(enums.CaseStatus),
  PersonRole: Object.values(enums.PersonRole),
  DemandKind: Object.values(enums.DemandKind),
  DemandStatus: Object.values(enums.DemandStatus),
  LawStatus: Object.values(enums.LawStatus),
  SourceKind: Object.values(enums.SourceKind),
  OrganisationRole: Object.values(enums.OrganisationRole),
  Params: Object.keys(ZCaseListQuerySchema.shape),
  Visibility: Object.values(enums.Visibility),
  ConsentStatus: Object.values(enums.ConsentStatus),
  UserRole: Object.values(enums.UserRole),
  ChangeKind: Object.values(enums.ChangeKind),
  AuditAction: [...AUDIT_ACTIONS],
  Gender: Object.values(enums.Gender),
  NameScript: Object.values(enums.NameScript),
  AliasKind: Object.values(enums.AliasKind),
  AliasOrigin: Object.values(enums.AliasOrigin),
  ExternalIdScheme: Object.values(enums.ExternalIdScheme),
  PlaceKind: Object.values(enums.PlaceKind),
  "Records.type": [...RECORD_TYPES],
  CitedFact: [...CITED_FACT_KINDS],
  "Statistics.bucket": [...DETENTION_BUCKETS],
  "Records.field": [
    ...new Set(
      Object.values(RECORD_FIELDS)
        .flat()
        .map((f) => f.name),
    ),
  ],
};

const at = (tree: Tree, dotted: string) => dotted.split(".").reduce<Tree>((node, key) => node[key] as Tree, tree);
const isEnumKey = (key: string) => Object.keys(ENUM_NAMESPACES).some((ns) => key.startsWith(`${ns}.`));

/** Namespaces whose keys the code produces as data (zod error keys, error reasons, audited columns), not as t("…") calls. */
const DATA_KEYED_NAMESPACES = ["Validation", "ActionErrors", "ChangedField"];

/** Subtrees whose keys are codes the import produces as data (row outcomes, problem codes, error codes), the
 *  case export's column names (CASE_EXPORT_COLUMNS), whose headers are looked up by column, and the bulk case
 *  actions' per-case outcomes and refusal reasons. */
const DATA_KEYED_SUBTREES = [
  "Import.problems.",
  "Import.errors.",
  "Import.outcome.",
  "CaseExport.column.",
  "BulkCases.outcome.",
  "BulkCases.reason.",
];

const MESSAGES: Record<string, Tree> = { en, ru };

describe("interface messages", () => {
  it("has a messages file for every locale and no other", () => {
    const files = readdirSync(path.join(projectRoot, "messages")).map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...routing.locales].sort());
  });

  it("has exactly the English keys in every locale, none of them empty", () => {
    const english = flatten(en).sort();
    for (const locale of routing.locales) {
      const tree = MESSAGES[locale]!;
      expect(flatten(tree).sort(), locale).toEqual(english);
      const empty = flatten(tree).filter(
        (key) => key.split(".").reduce<Tree | string>((node, k) => (node as Tree)[k]!, tree) === "",
      );
      expect(empty, locale).toEqual([]);
    }
  });

  it("names every value of each translated enum, and nothing else", () => {
    for (const [namespace, values] of Object.entries(ENUM_NAMESPACES)) {
      expect(Object.keys(at(en, namespace)).sort(), namespace).toEqual([...values].sort());
    }
  });

  it("uses every other message somewhere in the code", () => {
    const code = sourceFiles(projectRoot)
      .filter((f) => /[/\\](app|components|lib)[/\\]/.test(f))
      .map((f) => readFileSync(f, "utf8"));
    const unused = flatten(en)
      .filter((key) => !isEnumKey(key))
      .filter((key) => {
        const [namespace, ...rest] = key.split(".");
        const leaf = rest.join(".");
        if (DATA_KEYED_SUBTREES.some((prefix) => key.startsWith(prefix)))
          return !code.some((text) => text.includes(`"${key.split(".").pop()}"`));
        if (DATA_KEYED_NAMESPACES.includes(namespace!)) return !code.some((text) => text.includes(`"${leaf}"`));
        return !code.some(
          (text) => text.includes(`"${key}"`) || (text.includes(`"${namespace}"`) && text.includes(`"${leaf}"`)),
        );
      });
    expect(unused).toEqual([]);
  });

  it("has a translation for every validation message and error reason the code can produce", () => {
    const files = sourceFiles(path.join(projectRoot, "lib"));
    const produced = (pattern: RegExp) =>
      new Set(files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(pattern)].map((m) => m[1]!)));
    const validation = produced(/(?:error|message):\s*"([a-zA-Z]+)"/g);
    const reasons = produced(/reason:\s*"([a-zA-Z]+)"/g);
    expect([...validation].filter((k) => !(k in en.Validation))).toEqual([]);
    expect([...reasons].filter((k) => !(k in en.ActionErrors))).toEqual([]);
    expect([...Object.keys(ERROR_STATUS), "INTERNAL"].filter((k) => !(k in en.ActionErrors))).toEqual([]);
  });
});

describe("Russian plurals and numbers", () => {
  const t = createTranslator({ locale: "ru", messages: ru, namespace: "Common" });

  it("declines day counts and groups digits the Russian way", () => {
    expect(t("exactDays", { count: 1 })).toBe("1 день");
    expect(t("exactDays", { count: 3 })).toBe("3 дня");
    expect(t("exactDays", { count: 5 })).toBe("5 дней");
    expect(t("exactDays", { count: 21 })).toBe("21 день");
    expect(t("exactDays", { count: 1000 })).toBe("1\u00a0000 дней");
  });

  it("uses the genitive after «не менее»", () => {
    expect(t("atLeastDays", { count: 1 })).toBe("не менее 1 дня");
    expect(t("atLeastDays", { count: 3 })).toBe("не менее 3 дней");
    expect(t("atLeastDays", { count: 25 })).toBe("не менее 25 дней");
  });

  it("declines the published-case count on the home page", () => {
    const home = createTranslator({ locale: "ru", messages: ru, namespace: "Home" });
    expect(home("intro", { count: 2 })).toContain("2 дела");
    expect(home("intro", { count: 29 })).toContain("29 дел");
    expect(home("intro", { count: 31 })).toContain("31 дело");
  });
});
