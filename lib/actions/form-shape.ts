// The field names a form may send, read from the zod schema that validates it: nested objects give dotted
// names ("citation.quote"), arrays repeat a name, booleans are checkboxes. Nothing else is read from a form.
import type { z } from "zod";

export type FormShape = { scalars: readonly string[]; arrays: readonly string[]; booleans: readonly string[] };

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
};

/** Kinds that cannot say which names they hold; a form schema must declare every field instead. */
const UNDECLARED = new Set(["record", "map", "set", "any", "unknown", "object_catchall", "lazy", "custom"]);

function collect(
  schema: z.ZodType,
  path: string,
  shape: { scalars: Set<string>; arrays: Set<string>; booleans: Set<string> },
): void {
  const def = schema._zod.def as unknown as Def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return collect(def.innerType!, path, shape);
    case "pipe": {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema: the schema names the fields.
      const input = def.in!;
      return collect((input._zod.def as unknown as Def).type === "transform" ? def.out! : input, path, shape);
    }
    case "object":
      for (const [key, child] of Object.entries(def.shape!)) collect(child, path ? `${path}.${key}` : key, shape);
      return;
    case "union": {
      // A union of objects offers every name of every option; a union of scalars is one field.
      const objects = def.options!.filter((option) => (option._zod.def as unknown as Def).type === "object");
      if (objects.length === 0) shape.scalars.add(path);
      for (const option of objects) collect(option, path, shape);
      return;
    }
    case "array":
      shape.arrays.add(path);
      return;
    case "boolean":
      shape.booleans.add(path);
      return;
    default:
      if (UNDECLARED.has(def.type) || !path)
        throw new Error(`A form schema must declare its fields; found "${def.type}" at "${path || "(root)"}".`);
      shape.scalars.add(path);
  }
}

const shapes = new WeakMap<z.ZodType, FormShape>();

export function formShapeOf(schema: z.ZodType): FormShape {
  let shape = shapes.get(schema);
  if (!shape) {
    const found = { scalars: new Set<string>(), arrays: new Set<string>(), booleans: new Set<string>() };
    collect(schema, "", found);
    shape = { scalars: [...found.scalars], arrays: [...found.arrays], booleans: [...found.booleans] };
    shapes.set(schema, shape);
  }
  return shape;
}
