package vn.libnet.client.model;

/**
 * One question of a readiness survey, answered with a level from 0 to {@code maxLevel}.
 *
 * @param id stable id, e.g. {@code INF-1}
 * @param dimension what it measures, e.g. {@code infrastructure}, {@code data}, {@code people}
 * @param text the question in Vietnamese
 * @param textEn the question in English
 * @param maxLevel the highest answer
 */
public record SurveyQuestion(String id, String dimension, String text, String textEn, int maxLevel) {}
