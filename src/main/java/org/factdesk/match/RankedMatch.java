package org.factdesk.match;

import org.factdesk.model.Match;

/**
 * A match with its calibrated confidence and band.
 *
 * @param match the match (rank, score, retriever tag)
 * @param confidence {@code score / scoreBound} in [0, 1]
 * @param band the band the confidence falls in
 */
public record RankedMatch(Match match, double confidence, ConfidenceBand band) {}
