// The public pages whose anonymous responses may be cached whole: everything a visitor reads, in every
// interface language, and nothing of the editors' area, sign-in or account links.
import { LOCALES } from "@/i18n/routing";

const SECTIONS = ["cases", "countries", "search", "sources", "statistics", "api-docs"];

export const PUBLIC_PAGE_PATHS = new RegExp(`^/(${LOCALES.join("|")})(/(${SECTIONS.join("|")})(/[^/]+)*)?/?$`);
