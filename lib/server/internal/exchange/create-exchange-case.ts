// Writes one exchange case as a new draft: the person with their aliases and identifiers, the case with its whole
// status history, charges, demands, facts and stays in places of detention (each place matched or created), each
// with the citations and sources the file gives for it. The
// person also gets an identifier naming the case's page on the instance it came from, which is its provenance and
// what a second import of the same file matches on.
import { writeAudit } from "@/lib/audit/write-audit";
import { provenanceIdentifier } from "@/lib/exchange/to-import-row";
import type { TExchangeCase } from "@/lib/exchange/schema";
import { nameKey } from "@/lib/search/name-key";
import { personSlug } from "../person-slug";
import { toStored, type ExchangeContext } from "./exchange-context";

async function createPerson(ctx: ExchangeContext, c: TExchangeCase): Promise<string> {
  const { tx } = ctx;
  const p = c.person;
  // The other instance's slug where it is free here (it is already in Latin letters), else with a random tail.
  const slug = await personSlug(tx, p.slug);
  const person = await tx.person.create({
    data: {
      slug,
      fullName: p.fullName,
      searchName: nameKey(p.fullName),
      isUnnamed: p.isUnnamed,
      gender: p.gender,
      birthYear: p.birthYear,
      roles: p.roles,
      biography: p.biography,
    },
    select: { id: true },
  });
  for (const a of p.aliases) {
    await tx.personAlias.upsert({
      where: { personId_name: { personId: person.id, name: a.name } },
      create: {
        personId: person.id,
        name: a.name,
        searchName: nameKey(a.name),
        script: a.script,
        kind: a.kind,
        origin: a.origin,
      },
      update: {},
    });
  }
  const origin = provenanceIdentifier(c);
  for (const i of [...p.identifiers, { ...origin, url: c.url }]) {
    // An identifier already held by someone else here stays theirs; the report showed the match.
    const held = await tx.externalIdentifier.findUnique({
      where: { scheme_value: { scheme: i.scheme, value: i.value } },
      select: { id: true },
    });
    if (!held)
      await tx.externalIdentifier.create({
        data: { personId: person.id, scheme: i.scheme, value: i.value, url: i.url, searchName: nameKey(i.value) },
      });
  }
  await ctx.cite(p.citations, { personId: person.id });
  await writeAudit(tx, {
    actorId: ctx.actorId,
    action: "PERSON_CREATED",
    entityType: "person",
    entityId: person.id,
    meta: { fullName: p.fullName, slug, importBatchId: await ctx.batch(), instance: ctx.file.instance, origin: c.url },
  });
  return person.id;
}

export async function createExchangeCase(ctx: ExchangeContext, c: TExchangeCase): Promise<string> {
  const { tx, actorId } = ctx;
  const personId = await createPerson(ctx, c);
  const since = toStored(c.statusSince);
  const [arrest, conviction, release] = [c.arrest, c.conviction, c.release].map(toStored);
  const created = await tx.case.create({
    data: {
      personId,
      countryCode: c.country.code,
      status: c.status,
      statusSince: since.date,
      statusSincePrecision: since.precision,
      arrestDate: arrest!.date,
      arrestPrecision: arrest!.precision,
      convictionDate: conviction!.date,
      convictionPrecision: conviction!.precision,
      releaseDate: release!.date,
      releasePrecision: release!.precision,
      sentence: c.sentence,
      facility: c.facility,
      summary: c.summary,
      visibility: "DRAFT",
      createdById: actorId,
      updatedById: actorId,
    },
    select: { id: true },
  });
  const caseId = created.id;
  await ctx.cite(c.citations, { caseId });
  for (const [index, e] of c.statusEvents.entries()) {
    const when = toStored(e.since);
    const event = await tx.statusEvent.create({
      data: {
        caseId,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        date: when.date,
        datePrecision: when.precision,
        sequence: index + 1,
        note: e.note,
      },
      select: { id: true },
    });
    await ctx.cite(e.citations, { statusEventId: event.id });
  }
  for (const ch of c.charges) {
    const charge =
      (await tx.charge.findFirst({
        where: { countryCode: c.country.code, description: ch.description, article: ch.article },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      })) ??
      (await tx.charge.create({
        data: { countryCode: c.country.code, description: ch.description, article: ch.article },
        select: { id: true },
      }));
    await tx.caseCharge.upsert({
      where: { caseId_chargeId: { caseId, chargeId: charge.id } },
      create: { caseId, chargeId: charge.id },
      update: {},
    });
    await ctx.cite(ch.citations, { chargeId: charge.id });
  }
  for (const d of c.demands) {
    const demand = await tx.demand.create({
      data: {
        kind: d.kind,
        description: d.description,
        targetAuthority: d.targetAuthority,
        status: d.status,
        caseId,
        countryCode: c.country.code,
      },
      select: { id: true },
    });
    await ctx.cite(d.citations, { demandId: demand.id });
  }
  for (const [index, f] of c.facts.entries()) {
    const fact = await tx.caseFact.create({
      data: { caseId, text: f.text, sequence: index + 1 },
      select: { id: true },
    });
    await ctx.cite(f.citations, { caseFactId: fact.id });
  }
  // In the file's order, oldest first, so the last is the current place as it was on the other instance.
  for (const [index, stay] of c.stays.entries()) {
    const since = toStored(stay.since);
    const row = await tx.placeStay.create({
      data: {
        caseId,
        placeId: await ctx.place(stay.place),
        date: since.date,
        datePrecision: since.precision,
        sequence: index + 1,
        note: stay.note,
      },
      select: { id: true },
    });
    await ctx.cite(stay.citations, { placeStayId: row.id });
  }
  await writeAudit(tx, {
    actorId,
    action: "CASE_CREATED",
    entityType: "case",
    entityId: caseId,
    diff: { status: [null, c.status], countryCode: [null, c.country.code], visibility: [null, "DRAFT"] },
    meta: {
      version: 1,
      importBatchId: await ctx.batch(),
      instance: ctx.file.instance,
      origin: c.url,
      stays: c.stays.length,
    },
  });
  ctx.summary.created += 1;
  return caseId;
}
