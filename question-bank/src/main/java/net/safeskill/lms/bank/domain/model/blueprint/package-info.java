/**
 * Paper blueprints (组卷规则, E3): cells of type × knowledge points × difficulty with counts and scores, the index of
 * what the bank offers, and the exact feasibility proof (maximum flow when cells share questions).
 */
package net.safeskill.lms.bank.domain.model.blueprint;
