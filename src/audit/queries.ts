/**
 * One page of the audit trail, newest first, with the total count of matching events. Keyset
 * pagination on (at, id) both ways: a page is read from the `audit_event_at` index, never the
 * whole trail. Forward ($first): the events after the `after` position, newest first. Backward
 * ($last): the events before the `before` position read oldest first from it, and turned round
 * by the resolver. Each direction reads one extra event, to know whether more follow.
 */
const FILTER = `($since IS NULL OR a.at >= $since) AND ($until IS NULL OR a.at < $until)
  AND ($actor IS NULL OR a.actor = $actor) AND ($operation IS NULL OR a.operation = $operation)
  AND ($target IS NULL OR $target IN a.targets) AND ($result IS NULL OR a.result = $result)`;

/** The event lies after the `after` position, or before the `before` position, in newest-first order. */
const AFTER = '(a.at < $afterAt OR (a.at = $afterAt AND a.id < $afterId))';
const BEFORE = '(a.at > $beforeAt OR (a.at = $beforeAt AND a.id > $beforeId))';

export const auditPage = `
CALL () { MATCH (a:AuditEvent) WHERE ${FILTER} RETURN count(a) AS total }
CALL () {
  MATCH (a:AuditEvent) WHERE $last IS NULL AND a.at IS NOT NULL AND ${FILTER}
    AND ($afterAt IS NULL OR ${AFTER}) AND ($beforeAt IS NULL OR ${BEFORE})
  WITH a ORDER BY a.at DESC, a.id DESC LIMIT toInteger(coalesce($first, 0)) + 1
  RETURN collect(properties(a)) AS forward
}
CALL () {
  MATCH (a:AuditEvent) WHERE $last IS NOT NULL AND a.at IS NOT NULL AND ${FILTER}
    AND ($afterAt IS NULL OR ${AFTER}) AND ($beforeAt IS NULL OR ${BEFORE})
  WITH a ORDER BY a.at ASC, a.id ASC LIMIT toInteger(coalesce($last, 0)) + 1
  RETURN collect(properties(a)) AS backward
}
RETURN total, forward, backward,
  $afterAt IS NOT NULL AND EXISTS { MATCH (a:AuditEvent) WHERE a.at IS NOT NULL AND ${FILTER} AND NOT ${AFTER} } AS beforeAfter,
  $beforeAt IS NOT NULL AND EXISTS { MATCH (a:AuditEvent) WHERE a.at IS NOT NULL AND ${FILTER} AND NOT ${BEFORE} } AS afterBefore`;
