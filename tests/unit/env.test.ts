import path from "node:path";
import { describe, expect, it } from "vitest";
import { targetFor } from "@/lib/db/target";
import { parseEnv } from "@/lib/env";

describe("environment", () => {
  it("uses embedded PGlite in ./.data/pglite when no DATABASE_URL is set", () => {
    expect(targetFor(parseEnv({}))).toEqual({ driver: "pglite", dataDir: path.resolve(".data/pglite") });
    expect(targetFor(parseEnv({ DATABASE_URL: "" }))).toEqual({
      driver: "pglite",
      dataDir: path.resolve(".data/pglite"),
    });
  });

  it("takes the site's address from SITE_URL, or else this machine on the server's port", () => {
    expect(parseEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3917" }).SITE_URL).toBe("http://localhost:3917");
    expect(parseEnv({ PORT: "3917", SITE_URL: "https://habeas.example" }).SITE_URL).toBe("https://habeas.example");
    expect(() => parseEnv({ SITE_URL: "not a url" })).toThrow(/SITE_URL/);
  });

  it("reads the per-address limits on heavy anonymous work, with defaults", () => {
    expect(parseEnv({})).toMatchObject({ RATE_LIMIT_DOWNLOADS: 10, RATE_LIMIT_HEAVY_PAGES: 30 });
    expect(parseEnv({ RATE_LIMIT_DOWNLOADS: "500", RATE_LIMIT_HEAVY_PAGES: "" })).toMatchObject({
      RATE_LIMIT_DOWNLOADS: 500,
      RATE_LIMIT_HEAVY_PAGES: 30,
    });
    expect(() => parseEnv({ RATE_LIMIT_DOWNLOADS: "0" })).toThrow(/RATE_LIMIT_DOWNLOADS/);
    expect(() => parseEnv({ RATE_LIMIT_HEAVY_PAGES: "many" })).toThrow(/RATE_LIMIT_HEAVY_PAGES/);
  });

  it("keeps PGlite data where PGLITE_DATA_DIR says", () => {
    expect(targetFor(parseEnv({ PGLITE_DATA_DIR: "/srv/habeas-data" }))).toEqual({
      driver: "pglite",
      dataDir: "/srv/habeas-data",
    });
  });

  it("refuses a URL that is not PostgreSQL", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql:\/\//);
  });

  it("uses the server a PostgreSQL URL names", () => {
    expect(targetFor(parseEnv({ DATABASE_URL: "postgresql://u@h/db" }))).toEqual({
      driver: "postgres",
      url: "postgresql://u@h/db",
    });
  });

  it("creates demo accounts on a new PGlite folder unless DEMO_ACCOUNTS is off", () => {
    expect(parseEnv({}).DEMO_ACCOUNTS).toBe("on");
    expect(parseEnv({ DEMO_ACCOUNTS: "off" }).DEMO_ACCOUNTS).toBe("off");
    expect(() => parseEnv({ DEMO_ACCOUNTS: "no" })).toThrow(/DEMO_ACCOUNTS must be on or off/);
  });

  it("trusts no proxy unless TRUSTED_PROXIES names some, and refuses what is not an address or range", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: " 10.0.0.5, 192.168.0.0/24,::1 " }).TRUSTED_PROXIES).toEqual([
      "10.0.0.5",
      "192.168.0.0/24",
      "::1",
    ]);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.5,proxy.example" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
  });
});
