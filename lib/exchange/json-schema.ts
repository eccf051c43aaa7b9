// The exchange format as JSON Schema (draft 2020-12), generated from the zod schema so the two cannot disagree.
import { z } from "zod";
import { ZExchangeFileSchema } from "./schema";

export function exchangeJsonSchema(siteUrl: string): Record<string, unknown> {
  const schema = z.toJSONSchema(ZExchangeFileSchema, { target: "draft-2020-12", io: "input" });
  return {
    ...schema,
    $id: `${siteUrl}/api/v1/exchange.schema.json`,
    description:
      "Published cases of one Habeas instance, for another to import. Documented in docs/exchange.md of the Habeas repository.",
  };
}
