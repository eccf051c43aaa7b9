// The public API's endpoints: what each takes and returns. Route handlers parse with these schemas,
// and the OpenAPI document and the docs page are generated from this list.
import { z } from "zod";
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
};

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
} satisfies Record<string, Endpoint>;
