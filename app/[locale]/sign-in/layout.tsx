// The client components here translate their own messages, so this part of the site gets the catalogue.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";

export default function ClientMessagesLayout({ children }: { children: ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
