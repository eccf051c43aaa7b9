// Server-side validation of the generic record form, built from the same field list the form renders.
import { z } from "zod";
import { ZCitationInputSchema, ZOptionalCitationSchema } from "@/lib/validations/case";
import { ZPartialDateSchema } from "@/lib/validations/partial-date";
import { ZWebUrlSchema } from "@/lib/validations/web-url";
import { CITATION_TARGET_TYPES, NEEDS_CITATION, RECORD_FIELDS, RECORD_TYPES, type FieldSpec } from "./fields";

function fieldSchema(spec: FieldSpec): z.ZodType {
  const optional = (schema: z.ZodType) =>
    spec.required
      ? schema
      : z
          .union([z.literal("").transform(() => null), schema])
          .optional()
          .transform((v) => v ?? null);
  switch (spec.kind) {
    case "text":
    case "textarea":
      return spec.required
        ? z
            .string()
            .trim()
            .min(1, { error: "required" })
            .max(spec.max ?? 500, { error: "tooLong" })
        : z
            .string()
            .trim()
            .max(spec.max ?? 500, { error: "tooLong" })
            .optional()
            .transform((s) => (s ? s : null));
    case "url":
      return optional(ZWebUrlSchema.max(spec.max ?? 2000, { error: "tooLong" }));
    case "partialDate":
      return ZPartialDateSchema;
    case "year":
      return optional(
        z.coerce.number({ error: "invalid" }).int().min(1900, { error: "invalid" }).max(2100, { error: "invalid" }),
      );
    case "country":
      return z.string().regex(/^[A-Z]{2}$/, { error: "invalidCountry" });
    case "checkbox":
      return z.boolean().default(false);
    case "place":
      // Which places a stay may name (those of its case's country) is checked where the stay is written.
      return z.string().trim().min(1, { error: "required" }).max(100, { error: "invalid" });
    case "select":
      return optional(z.enum(spec.options as [string, ...string[]], { error: "invalid" }));
    case "multi":
      return z
        .array(z.enum(spec.options as [string, ...string[]], { error: "invalid" }))
        .min(spec.required ? 1 : 0, { error: "required" });
  }
}

export const ZRecordFieldsSchemas = Object.fromEntries(
  RECORD_TYPES.map((type) => [
    type,
    z.object(Object.fromEntries(RECORD_FIELDS[type].map((f) => [f.name, fieldSchema(f)]))),
  ]),
) as Record<(typeof RECORD_TYPES)[number], z.ZodObject>;

export const ZRecordSaveSchema = z.object({
  type: z.enum(RECORD_TYPES),
  id: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  /** The record's last update time when the form was loaded; a different one means someone saved first. */
  seen: z
    .string()
    .max(40)
    .optional()
    .transform((v) => v || undefined),
  caseId: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  personId: z
    .string()
    .max(100)
    .optional()
    .transform((v) => v || undefined),
  target: z.object({ type: z.enum(CITATION_TARGET_TYPES), id: z.string().min(1).max(100) }).optional(),
  fields: z.record(z.string(), z.unknown()).default({}),
  citation: z.unknown().optional(),
});

export type TRecordSave = z.infer<typeof ZRecordSaveSchema>;

/** Every name the record form may send, for any type of record; the form is read with these names and no
 *  others, then checked by parseRecordInput with the fields of its own type. */
export const ZRecordFormSchema = ZRecordSaveSchema.extend({
  fields: z
    .object(
      Object.fromEntries(RECORD_TYPES.flatMap((type) => RECORD_FIELDS[type]).map((f) => [f.name, fieldSchema(f)])),
    )
    .partial(),
  citation: ZCitationInputSchema.optional(),
});

/** A removal names only its record; anything else must carry valid fields. */
export function parseRecordInput(raw: unknown, remove = false) {
  const input = ZRecordSaveSchema.parse(raw);
  if (remove && !input.id)
    throw new z.ZodError([{ code: "custom", path: ["id"], message: "required", input: undefined }]);
  const fields = remove ? {} : (ZRecordFieldsSchemas[input.type].parse(input.fields) as Record<string, unknown>);
  // A new record cites what supports it; an edit cites what supports the new values (checked where it is applied).
  const citation = remove ? undefined : ZOptionalCitationSchema.parse(input.citation);
  if (!input.id && !citation && NEEDS_CITATION.has(input.type)) {
    throw new z.ZodError([{ code: "custom", path: ["citation", "quote"], message: "required", input: undefined }]);
  }
  return { ...input, fields, citation };
}
