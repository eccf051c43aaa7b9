// The logo's address, versioned by its fingerprint so browsers may cache it and a new logo is a new address.
export function organisationLogoUrl(logo: { sha256: string } | null): string | null {
  return logo ? `/api/organisation/logo?v=${logo.sha256.slice(0, 16)}` : null;
}
