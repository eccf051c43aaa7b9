// The site's top bar with its main navigation.
import Link from "next/link";

const NAV = [
  { href: "/cases", label: "Cases" },
  { href: "/countries", label: "Countries" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-brand-50">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-brand-700">
          Habeas
        </Link>
        <ul className="flex gap-4">
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="text-slate-800 underline-offset-4 hover:underline">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
