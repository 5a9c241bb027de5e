/**
 * The head noun of a normalised indicator name: the measure it reports. A name ending in `率`,
 * `度` or `性` is headed by its last three characters (`知晓率`, `及时率`, `到位率`, `满意度`,
 * `规范性`); otherwise by its last two (`人数`, `成本`, `时间`). Two names join a cluster only
 * when their heads agree, which keeps `资金到位率` apart from `资金拨付及时率`.
 */
export function extractNameHead(key: string): string {
  if (key.length <= 2) return key;
  const last = key[key.length - 1];
  if (last === '率' || last === '度' || last === '性') return key.slice(-3);
  return key.slice(-2);
}
