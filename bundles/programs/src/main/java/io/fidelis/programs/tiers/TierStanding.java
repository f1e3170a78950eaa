package io.fidelis.programs.tiers;

import io.fidelis.api.Asset;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.AccountState;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.programs.support.Periods;
import io.fidelis.programs.support.ProgramAssets;
import java.util.Optional;

/**
 * Where a member stands when an event starts: this month's spend so far, and the tier after the month-change
 * rule (an upper-tier member whose last month stayed below the keep threshold is {@code downgraded}) and after
 * refunds (an upgrade of this month whose spend a refund took back below the threshold is {@code downgraded} too).
 */
record TierStanding(Asset spendAsset, Asset tierAsset, boolean newMonth, long spendSoFar, boolean upper, boolean downgraded) {

    static TierStanding of(ProgramContext context, TillEvent event, TierRules rules) {
        Asset spendAsset = ProgramAssets.of("SPEND", context);
        Asset tierAsset = ProgramAssets.of("TIER", context);
        Optional<AccountState> spend = context.member().account(spendAsset);
        boolean newMonth = Periods.isNewMonth(spend, event.businessDay());
        boolean wasUpper = context.member().balance(tierAsset) > 0;
        boolean downgraded = wasUpper && newMonth && rules.keepSpendMinor() > 0
                && Periods.previousMonthBalance(spend, event.businessDay()) < rules.keepSpendMinor();
        long spendSoFar = newMonth ? 0 : spend.map(AccountState::balance).orElse(0L);
        boolean upgradedThisMonth = wasUpper && !Periods.isNewMonth(context.member().account(tierAsset), event.businessDay());
        boolean refundedBelow = upgradedThisMonth && !newMonth && spendSoFar < rules.upgradeSpendMinor();
        boolean movesDown = downgraded || refundedBelow;
        return new TierStanding(spendAsset, tierAsset, newMonth, spendSoFar, wasUpper && !movesDown, movesDown);
    }
}
