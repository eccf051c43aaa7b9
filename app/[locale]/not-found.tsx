// The page for any address that matches nothing, or a record that is not public.
import { useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";

export default function NotFound() {
  const t = useTranslations("Errors");
  return (
    <>
      <title>{t("notFoundTitle")}</title>
      <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3">{t("notFoundBody")}</p>
      <p className="mt-3">
        <Link href="/cases" className="text-blue-800 underline">
          {t("browseCases")}
        </Link>
      </p>
    </>
  );
}
