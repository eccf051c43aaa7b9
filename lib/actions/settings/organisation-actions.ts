"use server";
// The organisation settings form (admins): texts through the form's schema, the logo as the file's bytes.
import { refreshPublicPages } from "@/lib/actions/refresh-public-pages";
import { setOrganisation } from "@/lib/server/settings/set-organisation";
import { ZOrganisationSchema } from "@/lib/validations/organisation";
import { runFormAction } from "../run-form-action";

/** The chosen file's bytes, or undefined when none was chosen (a browser sends an empty, nameless file). */
async function logoBytes(form: FormData): Promise<Uint8Array | undefined> {
  const file = form.get("logo");
  if (!(file instanceof File) || file.size === 0) return undefined;
  return new Uint8Array(await file.arrayBuffer());
}

export async function setOrganisationAction(_prev: unknown, form: FormData) {
  // runFormAction signs the admin in and checks that `form` is a form before `work` reads the file.
  return runFormAction(
    "admin",
    form,
    ZOrganisationSchema,
    async (input) => setOrganisation({ ...input, logo: await logoBytes(form) }).then(() => null),
    // The About page shows these settings, so cached public pages are dropped.
    refreshPublicPages,
  );
}
