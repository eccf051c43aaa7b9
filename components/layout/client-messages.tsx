// Gives the client components below it the interface messages. Only the parts of the site whose client
// components translate (the editors' area, sign-in and account links, the case table, the charts) use it,
// so the other public pages, the case page among them, ship no catalogue or message formatter.
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

export function ClientMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
