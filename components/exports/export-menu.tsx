// The Export menu: each format as a download, and a printable page.
import { useTranslations } from "next-intl";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { DownloadButton } from "./download-button";
import { EscapableDetails } from "./escapable-details";

export type ExportLink = { label: string; href: string; filename: string };

export function ExportMenu({ links, printable }: { links: ExportLink[]; printable?: string }) {
  const t = useTranslations("Briefing");
  return (
    <EscapableDetails summary={t("export")} className="rounded border border-slate-300 p-3 print:hidden">
      <ul className="mt-2 grid gap-2">
        {printable && (
          <li>
            <Link href={printable} className="text-blue-800 underline">
              {t("printable")}
            </Link>
          </li>
        )}
        {links.map((l) => (
          <li key={l.href}>
            <DownloadButton {...l} strings={{ generating: t("generating"), failed: t("failed") }} />
          </li>
        ))}
      </ul>
    </EscapableDetails>
  );
}
