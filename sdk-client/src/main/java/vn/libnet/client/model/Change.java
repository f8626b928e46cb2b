package vn.libnet.client.model;

import java.time.Instant;

/**
 * One event of the changes feed ({@code /v1/catalog/changes}), in the order the hub applied them.
 *
 * @param sequence the event's position in the feed, increasing without gaps
 * @param type what happened
 * @param resourceId the record, holding ({@code ISIL/localId}), library or object concerned
 * @param clusterId the cluster concerned, where there is one
 * @param isil the library that caused the change
 * @param at when the hub applied it
 */
public record Change(long sequence, ChangeType type, String resourceId, String clusterId, String isil, Instant at) {}
