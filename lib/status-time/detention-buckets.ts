// The ranges "time in detention" is counted in on the statistics page: whole years from the latest day the
// detention can have begun, so a person is never put in a longer range than their sources show.
export const DETENTION_BUCKETS = ["under1", "from1to2", "from2to5", "from5to10", "over10", "notKnown"] as const;

export type DetentionBucket = (typeof DETENTION_BUCKETS)[number];

/** The lower bound of each range in years; "notKnown" (no known start, or no source dating the end) has none. */
export const BUCKET_FROM_YEARS: Record<Exclude<DetentionBucket, "notKnown">, number> = {
  under1: 0,
  from1to2: 1,
  from2to5: 2,
  from5to10: 5,
  over10: 10,
};
