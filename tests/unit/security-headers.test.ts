// The headers every response carries, and how a cached page's policy trades its nonce for script hashes.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { cachedPageHeaders, policyWithScriptHashes } from "@/lib/http/cached-page-policy";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/http/security-headers";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("sends nosniff, the referrer policy, a permissions policy and no framing; HSTS only over https", () => {
    const plain = securityHeaders("http://localhost:3000");
    expect(plain).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(plain["Permissions-Policy"]).toContain("camera=()");
    expect(plain["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("https://habeas.example")["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
  });

  it("allows scripts only from the site and the given nonce, and no framing", () => {
    const policy = contentSecurityPolicy(["'nonce-abc'"], "http://localhost:3000");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy([], "https://habeas.example")).toContain("upgrade-insecure-requests");
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("a cached page's policy", () => {
  const policy = contentSecurityPolicy(["'nonce-N0nce+/='"], "http://localhost:3000");
  const html = [
    '<html><head><script src="/_next/static/a.js" nonce="N0nce+/=" async=""></script>',
    '<script nonce="N0nce+/=">self.__next_f.push([1,"Жыланбаев <\\/script>"])</script>',
    '<a title="<script>alert(1)</script>">x</a>',
    "<script>not from Next</script>",
    '<script id="_R_" nonce="N0nce+/=">requestAnimationFrame(function(){$RT=performance.now()});</script></head></html>',
  ].join("");

  it("allows exactly the inline scripts that carried the nonce, by hash, and drops the nonce", () => {
    const cached = policyWithScriptHashes(policy, html);
    expect(cached).not.toContain("nonce");
    expect(directive(cached, "script-src")).toBe(
      `script-src 'self' ${sha256('self.__next_f.push([1,"Жыланбаев <\\/script>"])')} ${sha256("requestAnimationFrame(function(){$RT=performance.now()});")}`,
    );
    expect(cached).not.toContain(sha256("alert(1)"));
    expect(cached).not.toContain(sha256("not from Next"));
  });

  it("reads a gzipped body, and leaves a response without a nonce alone", () => {
    const headers = { "content-security-policy": policy, "content-encoding": "gzip", "content-type": "text/html" };
    const stored = cachedPageHeaders(headers, gzipSync(html));
    expect(stored["content-security-policy"]).toBe(policyWithScriptHashes(policy, html));
    expect(stored["content-type"]).toBe("text/html");
    const fixed = contentSecurityPolicy([], "http://localhost:3000");
    expect(policyWithScriptHashes(fixed, html)).toBe(fixed);
  });
});
