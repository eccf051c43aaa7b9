// Sets who runs this instance: the organisation's name, logo, contact line and default introduction.
// Admins only; the change and its audit row commit together.
import "server-only";
import { diffFields, writeAudit } from "@/lib/audit/write-audit";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { ZOrganisationUpdateSchema } from "@/lib/validations/organisation";
import {
  ORGANISATION_KEY,
  ORGANISATION_LOGO_KEY,
  readOrganisationLogo,
  readOrganisationTexts,
  storedLogo,
  type OrganisationTexts,
  type StoredLogo,
} from "../internal/organisation-settings";

/** The audit keeps the logo's fingerprint and size, not the image. */
const fingerprint = (logo: StoredLogo | null) =>
  logo ? { sha256: logo.sha256, bytes: logo.bytes, type: logo.type } : null;

export async function setOrganisation(raw: unknown): Promise<void> {
  const user = await requireRole("ADMIN");
  const { logo, removeLogo, ...texts } = ZOrganisationUpdateSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const before = await readOrganisationTexts(tx);
    const beforeLogo = await readOrganisationLogo(tx);
    const newLogo = logo ? storedLogo(logo) : undefined;
    const diff = diffFields(before, texts);
    const logoAfter = newLogo ?? (removeLogo ? null : beforeLogo);
    if ((beforeLogo?.sha256 ?? null) !== (logoAfter?.sha256 ?? null)) {
      diff.logo = [fingerprint(beforeLogo), fingerprint(logoAfter)];
    }
    // Saving the form unchanged writes nothing, so the audit log holds only real changes.
    if (Object.keys(diff).length === 0) return;
    const value: OrganisationTexts = texts;
    await tx.setting.upsert({
      where: { key: ORGANISATION_KEY },
      create: { key: ORGANISATION_KEY, value },
      update: { value },
    });
    if (newLogo) {
      await tx.setting.upsert({
        where: { key: ORGANISATION_LOGO_KEY },
        create: { key: ORGANISATION_LOGO_KEY, value: newLogo },
        update: { value: newLogo },
      });
    } else if (removeLogo) {
      await tx.setting.deleteMany({ where: { key: ORGANISATION_LOGO_KEY } });
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: "SETTING_CHANGED",
      entityType: "setting",
      entityId: ORGANISATION_KEY,
      diff,
    });
  });
}
