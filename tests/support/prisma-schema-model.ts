// What the Prisma schema says the database should hold, read through Prisma's own schema parser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { projectRoot } from "@/lib/db/paths";

type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; fields: { name: string }[] };
type Dmmf = {
  datamodel: { models: DmmfModel[]; enums: { name: string; dbName?: string | null }[]; indexes: DmmfIndex[] };
};

const SCALAR_UDT: Record<string, string> = {
  String: "text",
  Int: "int4",
  Boolean: "bool",
  DateTime: "timestamp",
  Float: "float8",
  BigInt: "int8",
  Json: "jsonb",
};
const NATIVE_UDT: Record<string, string> = { Char: "bpchar", Date: "date", VarChar: "varchar", Text: "text" };

export type ExpectedColumn = { table: string; column: string; udt: string; nullable: boolean };
export type ExpectedKey = string;

export function expectedSchema() {
  const schema = readFileSync(path.join(projectRoot, "prisma", "schema.prisma"), "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as Dmmf;
  const { models, enums, indexes } = dmmf.datamodel;
  const enumDbName = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = new Map(models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: DmmfModel, field: string) => {
    const f = model.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  const columns: ExpectedColumn[] = models.flatMap((m) =>
    m.fields
      .filter((f) => f.kind !== "object")
      .map((f) => {
        const base =
          f.kind === "enum"
            ? enumDbName.get(f.type)!
            : f.nativeType
              ? NATIVE_UDT[f.nativeType[0]]!
              : SCALAR_UDT[f.type]!;
        return {
          table: tableOf.get(m.name)!,
          column: f.dbName ?? f.name,
          udt: f.isList ? `_${base}` : base,
          nullable: f.isList || !f.isRequired,
        };
      }),
  );

  const keys: ExpectedKey[] = indexes
    .filter((i) => i.type !== "fulltext")
    .map((i) => {
      const model = models.find((m) => m.name === i.model)!;
      const kind = i.type === "id" ? "primary" : i.type === "unique" ? "unique" : "index";
      return `${kind} ${tableOf.get(i.model)}(${i.fields.map((f) => columnOf(model, f.name)).join(",")})`;
    });

  const foreignKeys: string[] = models.flatMap((m) =>
    m.fields
      .filter((f) => f.kind === "object" && f.relationFromFields && f.relationFromFields.length > 0)
      .map((f) => {
        const target = models.find((x) => x.name === f.type)!;
        const from = f.relationFromFields!.map((n) => columnOf(m, n)).join(",");
        const to = f.relationToFields!.map((n) => columnOf(target, n)).join(",");
        return `${tableOf.get(m.name)}(${from}) -> ${tableOf.get(target.name)}(${to}) on delete ${(f.relationOnDelete ?? "default").toLowerCase()}`;
      }),
  );

  return { tables: [...tableOf.values()], columns, keys, foreignKeys };
}
