// Builds the OpenAPI 3.1 document from the endpoint list and its zod schemas. Nothing here is written by hand
// twice: change a schema and the document follows.
import { z } from "zod";
import { ENDPOINTS, type Endpoint } from "./endpoints";
import { ZApiError } from "./schemas";

const REF_PREFIX = "#/components/schemas/";

/** Every schema with an id, as OpenAPI components that refer to each other by $ref. */
function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    target: "draft-2020-12",
    io: "output",
    uri: (id: string) => `${REF_PREFIX}${id}`,
  });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _, $id: __, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

function refTo(schema: z.ZodType) {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("Every API response schema needs an id in its .meta()");
  return { $ref: `${REF_PREFIX}${id}` };
}

function parameters(endpoint: Endpoint) {
  const query = Object.entries(endpoint.query.shape).map(([name, field]) => {
    const schema = z.toJSONSchema(field as z.ZodType, {
      target: "draft-2020-12",
      io: "input",
      unrepresentable: "any",
    }) as Record<string, unknown>;
    delete schema.$schema;
    const description = schema.description as string | undefined;
    return {
      name,
      in: "query",
      required: !(field as z.ZodType).safeParse(undefined).success,
      schema,
      ...(description ? { description } : {}),
    };
  });
  const path = Object.entries(endpoint.pathParams ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string" },
  }));
  return [...path, ...query];
}

export function openApiDocument(serverUrl: string) {
  const components = componentSchemas();
  const error = refTo(ZApiError);
  const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: error } } });
  const paths = Object.fromEntries(
    Object.entries(ENDPOINTS as Record<string, Endpoint>).map(([name, endpoint]) => [
      endpoint.path,
      {
        get: {
          operationId: name,
          summary: endpoint.summary,
          parameters: parameters(endpoint),
          responses: {
            "200": {
              description: endpoint.streamed
                ? "OK, streamed as it is read from the database."
                : "OK. Carries an ETag; send it back as If-None-Match to get 304 Not Modified.",
              content: { "application/json": { schema: refTo(endpoint.response) } },
            },
            ...(endpoint.streamed ? {} : { "304": { description: "Not modified since the ETag you sent." } }),
            "400": errorResponse("A parameter is invalid."),
            ...(endpoint.pathParams || endpoint.notFound
              ? { "404": errorResponse(endpoint.notFound ?? "Not found, or not published.") }
              : {}),
          },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Habeas public API",
      version: "1.0.0",
      description:
        "Read-only access to published cases and their sources. Only published records and public fields are ever returned.",
      license: { name: "AGPL-3.0-or-later", identifier: "AGPL-3.0-or-later" },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas: components },
  };
}
