// The About page's account of method: sources and quotes, "not known", and how statuses and dates are placed.
import { useTranslations } from "next-intl";

const SECTIONS = [
  { id: "sources", heading: "sourcesHeading", body: ["sourcesBody"] },
  { id: "not-known", heading: "notKnownHeading", body: ["notKnownBody"] },
  {
    id: "status-time",
    heading: "statusTimeHeading",
    body: ["statusSinceBody", "statusReportedBody", "statusUndatedBody"],
  },
  { id: "dates", heading: "datesHeading", body: ["datesPrecisionBody", "datesRecordedBody"] },
  { id: "review", heading: "reviewHeading", body: ["reviewBody"] },
  { id: "languages", heading: "languagesHeading", body: ["languagesBody"] },
] as const;

export function AboutMethodology() {
  const t = useTranslations("About");
  return (
    <section aria-labelledby="about-method" className="mt-8">
      <h2 id="about-method" className="text-2xl font-semibold">
        {t("methodHeading")}
      </h2>
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`about-${section.id}`} className="mt-5">
          <h3 id={`about-${section.id}`} className="text-lg font-semibold">
            {t(section.heading)}
          </h3>
          {section.body.map((key) => (
            <p key={key} className="mt-2">
              {t(key)}
            </p>
          ))}
        </section>
      ))}
    </section>
  );
}
