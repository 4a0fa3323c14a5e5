/**
 * Game representations: n-player {@link org.parley.games.NormalFormGame}s and {@link
 * org.parley.games.ExtensiveFormGame}s (Gambit's model: chance, personal and terminal nodes,
 * information sets, outcomes anywhere on the tree), exact {@link org.parley.games.Rational}
 * numbers, and immutable {@link org.parley.games.MixedProfile} / {@link
 * org.parley.games.BehaviourProfile} values. The reduced normal form is {@link
 * org.parley.games.ReducedNormalForm}.
 */
package org.parley.games;
