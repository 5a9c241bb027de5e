/**
 * Availability of the real components a suite needs. scripts/test.mjs sets these variables; when one
 * is missing the suite is skipped (loudly, by the test script) unless JIXIAO_REQUIRE_ALL=1.
 */
export const pgUrl: string | undefined = process.env.JIXIAO_TEST_PG_URL;
export const chromiumPath: string | undefined = process.env.JIXIAO_CHROMIUM;
export const requireAll = process.env.JIXIAO_REQUIRE_ALL === '1';

if (requireAll && (!pgUrl || !chromiumPath)) {
  throw new Error('JIXIAO_REQUIRE_ALL=1 but PostgreSQL or Chromium is unavailable to this test run');
}
