// The API's case list and case detail, from published records only.
import "server-only";
import { env } from "@/lib/env";
import { parseCaseListQuery } from "@/lib/validations/case-list";
import { decodeCursor, encodeCursor } from "@/lib/http/respond";
import type { z } from "zod";
import type { ZApiCaseQuery } from "@/lib/api-contract/v1/schemas";
import { citation, partialDate } from "./map";
import { getPersonPage, listPublicCases } from "@/lib/server/public/cached";
import type { PersonPage } from "@/lib/server/public/get-person-page";
import { currentStay } from "@/lib/places/current-stay";
import { currentPlacesOf } from "@/lib/server/public/current-places";

const caseUrl = (slug: string) => `${env().SITE_URL}/en/cases/${slug}`;
const placeUrl = (slug: string) => `${env().SITE_URL}/en/places/${slug}`;

function apiCurrentPlace(c: PersonPage["cases"][number]) {
  const stay = currentStay(c.status, c.stays);
  if (!stay) return null;
  const { place } = stay;
  return {
    slug: place.slug,
    name: place.name,
    kind: place.kind,
    countryCode: place.country.code,
    region: place.region,
    addressLocal: place.addressLocal,
    addressLatin: place.addressLatin,
    since: partialDate(stay.date, stay.datePrecision),
    url: placeUrl(place.slug),
    citations: [...stay.citations, ...place.citations].map(citation),
  };
}

export async function apiListCases(query: z.infer<typeof ZApiCaseQuery>) {
  const offset = decodeCursor(query.cursor);
  const { query: listQuery } = parseCaseListQuery({
    country: query.country,
    status: query.status,
    role: query.role,
    q: query.q,
    sort: query.sort,
    dir: query.dir,
  });
  const { rows, total, approximate } = await listPublicCases(listQuery, "LATIN", { offset, limit: query.limit });
  const places = await currentPlacesOf(rows.map((r) => r.caseId));
  const placeOf = (caseId: string) => {
    const place = places.get(caseId);
    return place ? { slug: place.slug, name: place.name, url: placeUrl(place.slug) } : null;
  };
  return {
    data: rows.map((r) => ({
      slug: r.slug,
      name: r.fullName,
      isUnnamed: r.isUnnamed,
      roles: r.roles,
      country: { code: r.countryCode, name: r.countryName },
      status: r.status,
      statusSince: partialDate(r.statusSince, r.statusSincePrecision),
      currentPlace: placeOf(r.caseId),
      url: caseUrl(r.slug),
    })),
    total,
    // An estimated total (a broad name query) may be short: a full page then always offers the next one.
    nextCursor:
      offset + rows.length < total || (approximate && rows.length === query.limit)
        ? encodeCursor(offset + rows.length)
        : null,
  };
}

export async function apiGetCase(slug: string) {
  const person = slug.length <= 200 ? await getPersonPage(slug) : null;
  const c = person?.cases[0];
  if (!person || !c) return null;
  return {
    slug: person.slug,
    name: person.fullName,
    isUnnamed: person.isUnnamed,
    roles: person.roles,
    country: { code: c.country.code, name: c.country.name },
    status: c.status,
    statusSince: partialDate(c.statusSince, c.statusSincePrecision),
    url: caseUrl(person.slug),
    aliases: person.aliases.map((a) => ({ name: a.name, script: a.script, kind: a.kind, origin: a.origin })),
    biography: person.biography,
    identifiers: person.identifiers.map((i) => ({ scheme: i.scheme, value: i.value, url: i.url })),
    arrest: partialDate(c.arrestDate, c.arrestPrecision),
    conviction: partialDate(c.convictionDate, c.convictionPrecision),
    release: partialDate(c.releaseDate, c.releasePrecision),
    sentence: c.sentence,
    facility: c.facility,
    currentPlace: apiCurrentPlace(c),
    charges: c.charges.map(({ charge }) => ({
      description: charge.description,
      article: charge.article,
      citations: charge.citations.map(citation),
    })),
    timeline: c.statusEvents.map((e) => ({
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      date: partialDate(e.date, e.datePrecision),
      note: e.note,
      citations: e.citations.map(citation),
    })),
    demands: c.demands.map((d) => ({
      id: d.id,
      kind: d.kind,
      description: d.description,
      targetAuthority: d.targetAuthority,
      status: d.status,
      caseSlug: person.slug,
      countryCode: c.country.code,
      lawId: d.lawId,
      citations: d.citations.map(citation),
    })),
    citations: [...person.citations, ...c.citations].map(citation),
  };
}
