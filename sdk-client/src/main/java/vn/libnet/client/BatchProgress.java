package vn.libnet.client;

/**
 * Progress of a {@link BatchContributor} run, reported after each acknowledged batch.
 *
 * @param recordsRead records read from the input so far
 * @param batchesDone batches acknowledged, by this run or an earlier one
 * @param recordsDone records in those batches
 */
public record BatchProgress(long recordsRead, long batchesDone, long recordsDone) {}
