// On a place's edit page: add another of its names, or cite a source for it. Its names are listed under
// "Other name of a place" in the records, where each can be edited or removed.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function PlaceRecordLinks({ placeId }: { placeId: string }) {
  const t = useTranslations("Places");
  return (
    <ul className="mt-6 flex flex-wrap gap-x-5 gap-y-2">
      <li>
        <Link
          href={`/dashboard/records/placeName/new?target.type=place&target.id=${placeId}`}
          className="text-blue-800 underline"
        >
          {t("addPlaceName")}
        </Link>
      </li>
      <li>
        <Link
          href={`/dashboard/records/citation/new?target.type=place&target.id=${placeId}`}
          className="text-blue-800 underline"
        >
          {t("addPlaceCitation")}
        </Link>
      </li>
    </ul>
  );
}
