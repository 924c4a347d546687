/**
 * One page of the audit trail, newest first, with the total count of matching events. Keyset
 * pagination on (at, id): a page is read from the `audit_event_at` index, never the whole trail.
 */
const FILTER = `($since IS NULL OR a.at >= $since) AND ($until IS NULL OR a.at < $until)
  AND ($actor IS NULL OR a.actor = $actor) AND ($operation IS NULL OR a.operation = $operation)
  AND ($target IS NULL OR $target IN a.targets) AND ($result IS NULL OR a.result = $result)`;

export const auditPage = `
CALL () { MATCH (a:AuditEvent) WHERE ${FILTER} RETURN count(a) AS total }
CALL () {
  MATCH (a:AuditEvent) WHERE a.at IS NOT NULL AND ${FILTER}
    AND ($afterAt IS NULL OR a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))
  WITH a ORDER BY a.at DESC, a.id DESC LIMIT toInteger($first) + 1
  RETURN collect(properties(a)) AS page
}
RETURN total, page`;
