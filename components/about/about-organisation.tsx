// Who runs this instance and how to reach them or send a correction, from the organisation settings; when an
// admin has set nothing yet, the page says so plainly instead of leaving a blank.
import { useTranslations } from "next-intl";
import { organisationLogoUrl } from "@/lib/organisation/logo-url";
import type { PublicOrganisation } from "@/lib/server/public/get-organisation";

export function AboutOrganisation({ organisation }: { organisation: PublicOrganisation }) {
  const t = useTranslations("About");
  const logoUrl = organisationLogoUrl(organisation.logo);
  return (
    <>
      <section aria-labelledby="about-operator" className="mt-8">
        <h2 id="about-operator" className="text-2xl font-semibold">
          {t("operatorHeading")}
        </h2>
        {logoUrl && (
          // eslint-disable-next-line @next/next/no-img-element -- a small same-site image; next/image would add client code
          <img
            src={logoUrl}
            alt={t("logoAlt", { name: organisation.name || t("operatorUnnamed") })}
            className="mt-3 max-h-20 w-auto"
          />
        )}
        <p className="mt-3">
          {organisation.name ? t("operatorNamed", { name: organisation.name }) : t("operatorNotSet")}
        </p>
        <p className="mt-2">{t("operatorResponsibility")}</p>
      </section>
      <section aria-labelledby="about-contact" className="mt-8">
        <h2 id="about-contact" className="text-2xl font-semibold">
          {t("contactHeading")}
        </h2>
        {organisation.contact ? (
          <p className="mt-3">
            {t("contactLine")} <Contact text={organisation.contact} />
          </p>
        ) : (
          <p className="mt-3">{t("contactNotSet")}</p>
        )}
        <p className="mt-2">{t("correctionHow")}</p>
      </section>
    </>
  );
}

/** A bare email address becomes a mail link; anything else (a phone, a web form's address in words) stays text. */
function Contact({ text }: { text: string }) {
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text)) {
    return (
      <a href={`mailto:${text}`} className="font-medium text-blue-800 underline">
        {text}
      </a>
    );
  }
  return <span className="font-medium">{text}</span>;
}
