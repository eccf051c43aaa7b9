// The writing half of creating a case: a person and their case as a draft, with the first status and the source that
// supports it, inside the caller's transaction. The caller has checked who is asking (createCase, the spreadsheet import).
import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { nameKey } from "@/lib/search/name-key";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TCaseCreate } from "@/lib/validations/case";
import { checkQuote } from "./check-quote";
import { personSlug } from "./person-slug";
import { resolveSource } from "./resolve-source";

export async function createCaseIn(
  tx: Prisma.TransactionClient,
  input: TCaseCreate,
  actorId: string,
): Promise<{ caseId: string; quoteFound: boolean | null }> {
  const user = { id: actorId };
  // A block rather than a callback, so the body is the one the form has always run.
  {
    const country = await tx.country.findUnique({ where: { code: input.countryCode }, select: { code: true } });
    if (!country)
      throw new AppError("INVALID_INPUT", "Unknown country.", { fieldErrors: { countryCode: ["invalidCountry"] } });
    const sourceId = await resolveSource(tx, input.citation, user.id);
    const slug = await personSlug(tx, input.fullName);
    const person = await tx.person.create({
      data: {
        slug,
        fullName: input.fullName,
        searchName: nameKey(input.fullName),
        roles: input.roles,
        citations: { create: { sourceId, quote: input.citation.quote, claim: "roles" } },
      },
      select: { id: true },
    });
    const created = await tx.case.create({
      data: {
        personId: person.id,
        countryCode: input.countryCode,
        status: input.status,
        statusSince: input.when.date,
        statusSincePrecision: input.when.precision,
        visibility: "DRAFT",
        createdById: user.id,
        updatedById: user.id,
        // The form's one source and quote support the country as they do the roles and the status: a country
        // cited only when changed would leave a new case no way to cite it, and so no way to be published.
        citations: { create: { sourceId, quote: input.citation.quote, claim: "country" } },
        // The status is cited on its event, which is what the public page's current status shows.
        statusEvents: {
          create: {
            toStatus: input.status,
            date: input.when.date,
            datePrecision: input.when.precision,
            sequence: 1,
            note: input.note,
            citations: { create: { sourceId, quote: input.citation.quote, claim: "status" } },
          },
        },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "PERSON_CREATED",
      entityType: "person",
      entityId: person.id,
      meta: { fullName: input.fullName, slug },
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: "CASE_CREATED",
      entityType: "case",
      entityId: created.id,
      diff: { status: [null, input.status], countryCode: [null, input.countryCode], visibility: [null, "DRAFT"] },
      meta: { version: 1, sourceId },
    });
    return { caseId: created.id, quoteFound: await checkQuote(tx, sourceId, input.citation.quote) };
  }
}
