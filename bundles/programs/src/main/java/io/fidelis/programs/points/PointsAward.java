package io.fidelis.programs.points;

import io.fidelis.api.Asset;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramContext;
import java.util.List;

/** The effects of earning points: the credit and a receipt line with the new balance. */
final class PointsAward {

    private PointsAward() {
    }

    static List<Effect> of(ProgramContext context, long points) {
        if (points <= 0) {
            return List.of();
        }
        long newBalance = context.member().balance(Asset.POINTS) + points;
        return List.of(
                Effect.credit(Asset.POINTS, points, context.programName()),
                Effect.receiptMessage("You earned " + points + " points. Balance: " + newBalance + " points"));
    }
}
