// The editors' area: only signed-in staff get past this layout; each data call checks again.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Link } from "@/i18n/navigation";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function DashboardLayout({ children, params }: Props) {
  const locale = await resolveLocale(params);
  const user = await requirePageUser(locale);
  const t = await getTranslations("Editor");
  const roles = await getTranslations("UserRole");
  const links = [
    { href: "/dashboard", label: t("navCases") },
    { href: "/dashboard/reviews", label: t("navReviews") },
    { href: "/dashboard/records", label: t("navRecords") },
    { href: "/dashboard/import", label: t("navImport") },
    { href: "/dashboard/exchange", label: t("navExchange") },
    ...(user.role === "ADMIN"
      ? [
          { href: "/dashboard/audit", label: t("navAudit") },
          { href: "/dashboard/users", label: t("navUsers") },
          { href: "/dashboard/settings", label: t("navSettings") },
        ]
      : []),
    { href: "/dashboard/account", label: t("navAccount") },
  ];
  return (
    <div>
      <nav
        aria-label={t("editorNavigation")}
        className="mb-6 flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3"
      >
        {links.map((l) => (
          <Link key={l.href} href={l.href} className="text-blue-800 underline">
            {l.label}
          </Link>
        ))}
        <span className="ml-auto text-sm text-slate-700">
          {user.name} · {roles(user.role)}
        </span>
        <SignOutButton />
      </nav>
      {user.role === "ADMIN" && !user.totpEnabled && (
        <p role="alert" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3">
          {t("adminNeedsTotp")}{" "}
          <Link href="/dashboard/account" className="underline">
            {t("navAccount")}
          </Link>
        </p>
      )}
      {children}
    </div>
  );
}
