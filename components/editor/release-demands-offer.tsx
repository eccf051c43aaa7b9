// On the review of a release, pardon or acquittal: offers to mark the case's open demands for release as met,
// citing the change's own source. Placed inside the review form, so the choice goes with the approval.
import { useTranslations } from "next-intl";
import { CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

type Props = { demands: { id: string; description: string }[]; proposed: boolean };

export function ReleaseDemandsOffer({ demands, proposed }: Props) {
  const t = useTranslations("Editor");
  if (demands.length === 0) return null;
  return (
    <div className="w-full text-sm">
      <input type="hidden" name="releaseDemandsOffered" value="on" />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="meetReleaseDemands" defaultChecked={proposed} className="mt-1" />
        <span>{t("releaseDemandsOffer")}</span>
      </label>
      <ul className="ml-6 list-disc pl-5">
        {demands.map((d) => (
          <li key={d.id} lang={CONTENT_LANGUAGE}>
            {d.description}
          </li>
        ))}
      </ul>
    </div>
  );
}
