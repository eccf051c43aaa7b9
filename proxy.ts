// Sends each visitor to a language-prefixed URL: the one in the address, else their cookie, else Accept-Language.
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
