package vn.libnet.client.oai;

/**
 * One set of a repository (ListSets); the set's own description, if any, is not kept.
 *
 * @param spec the {@code setSpec}, the value of a {@code set} argument
 * @param name its human name, empty when left out
 */
public record OaiSet(String spec, String name) {}
