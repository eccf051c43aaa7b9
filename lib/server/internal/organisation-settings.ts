// Where the organisation settings live: two rows of the key/value setting table, the texts in one and the logo
// (base64, at most MAX_LOGO_BYTES) in another, so reading the texts never loads the image.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LOGO_TYPES, sniffLogoType, type LogoType } from "@/lib/organisation/logo-image";

export const ORGANISATION_KEY = "organisation";
export const ORGANISATION_LOGO_KEY = "organisationLogo";

export type OrganisationTexts = { name: string; contact: string; introduction: string };
export type StoredLogo = { type: LogoType; base64: string; sha256: string; bytes: number };

export const EMPTY_ORGANISATION: OrganisationTexts = { name: "", contact: "", introduction: "" };

// Rows are JSON a restore or a hand edit could have shaped differently: anything unexpected reads as unset.
const ZStoredTextsSchema = z.object({ name: z.string(), contact: z.string(), introduction: z.string() });
const ZStoredLogoSchema = z.object({
  type: z.enum(LOGO_TYPES),
  base64: z.string(),
  sha256: z.string(),
  bytes: z.number(),
});

type SettingReader = Pick<Prisma.TransactionClient, "setting">;

async function readValue(tx: SettingReader, key: string): Promise<unknown> {
  return (await tx.setting.findUnique({ where: { key }, select: { value: true } }))?.value;
}

export async function readOrganisationTexts(tx: SettingReader): Promise<OrganisationTexts> {
  const parsed = ZStoredTextsSchema.safeParse(await readValue(tx, ORGANISATION_KEY));
  return parsed.success ? parsed.data : EMPTY_ORGANISATION;
}

export async function readOrganisationLogo(tx: SettingReader): Promise<StoredLogo | null> {
  const parsed = ZStoredLogoSchema.safeParse(await readValue(tx, ORGANISATION_LOGO_KEY));
  return parsed.success ? parsed.data : null;
}

/** The row for an image the update schema has already accepted as a PNG or JPEG. */
export function storedLogo(bytes: Uint8Array): StoredLogo {
  const type = sniffLogoType(bytes);
  if (!type) throw new Error("storedLogo: not a PNG or JPEG");
  return {
    type,
    base64: Buffer.from(bytes).toString("base64"),
    sha256: createHash("sha256").update(bytes).digest("hex"),
    bytes: bytes.byteLength,
  };
}
