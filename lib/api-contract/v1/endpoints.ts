// The public API's endpoints: what each takes and returns. Route handlers parse with these schemas,
// and the OpenAPI document and the docs page are generated from this list.
import { z } from "zod";
import { ZExchangeFileSchema } from "@/lib/exchange/schema";
import { ZExchangeQuerySchema } from "@/lib/validations/exchange-query";
import {
  ZApiCase,
  ZApiCaseList,
  ZApiCaseQuery,
  ZApiCountryFilterQuery,
  ZApiCountryList,
  ZApiDemandList,
  ZApiLawList,
  ZApiPageQuery,
  ZApiSourceList,
} from "./schemas";

export type Endpoint = {
  path: string;
  summary: string;
  query: z.ZodObject;
  pathParams?: Record<string, string>;
  response: z.ZodType;
  /** Written as it is read, with no ETag: there is no 304. */
  streamed?: boolean;
  /** A 404 for an unknown path parameter or filter. */
  notFound?: string;
};

/** Any JSON Schema document. */
const ZJsonSchemaDocument = z.record(z.string(), z.unknown()).meta({ id: "JsonSchemaDocument" });

const noQuery = z.object({});

export const ENDPOINTS = {
  cases: {
    path: "/api/v1/cases",
    summary: "Published cases, filtered, sorted and paged with a cursor.",
    query: ZApiCaseQuery,
    response: ZApiCaseList,
  },
  case: {
    path: "/api/v1/cases/{slug}",
    summary: "One published case, with charges, timeline, demands and citations.",
    query: noQuery,
    pathParams: { slug: "The person's slug, as in /cases/{slug}." },
    response: ZApiCase,
  },
  countries: {
    path: "/api/v1/countries",
    summary: "Countries with their number of published cases and criticised laws.",
    query: noQuery,
    response: ZApiCountryList,
  },
  sources: {
    path: "/api/v1/sources",
    summary: "Sources, with their publication details.",
    query: ZApiPageQuery,
    response: ZApiSourceList,
  },
  demands: {
    path: "/api/v1/demands",
    summary: "Advocacy demands, optionally for one country.",
    query: ZApiCountryFilterQuery,
    response: ZApiDemandList,
  },
  laws: {
    path: "/api/v1/laws",
    summary: "Laws criticised, optionally for one country.",
    query: ZApiCountryFilterQuery,
    response: ZApiLawList,
  },
  exchange: {
    path: "/api/v1/exchange",
    summary:
      "Every published case, or one country's, as an exchange file for another Habeas instance to import (streamed).",
    query: ZExchangeQuerySchema,
    response: ZExchangeFileSchema,
    streamed: true,
    notFound: "No country has this code.",
  },
  exchangeSchema: {
    path: "/api/v1/exchange.schema.json",
    summary: "The JSON Schema of the exchange file.",
    query: noQuery,
    response: ZJsonSchemaDocument,
  },
} satisfies Record<string, Endpoint>;
