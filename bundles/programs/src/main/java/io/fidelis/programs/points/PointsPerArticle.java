package io.fidelis.programs.points;

import io.fidelis.api.Asset;
import io.fidelis.api.event.EventKind;
import io.fidelis.api.event.TillEvent;
import io.fidelis.api.program.ConfigField;
import io.fidelis.api.program.Effect;
import io.fidelis.api.program.ProgramConfig;
import io.fidelis.api.program.ProgramContext;
import io.fidelis.api.program.ProgramDescriptor;
import io.fidelis.api.program.ProgramType;
import io.fidelis.programs.support.Basket;
import io.fidelis.programs.support.Fields;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Points for articles bought: {@code points} for every {@code articles} articles of a sale (1: per article,
 * 3: per three articles), optionally only counting one category. Incomplete groups earn nothing. A sale
 * paid entirely with points, credit or comps earns nothing.
 */
@Component(service = ProgramType.class)
public class PointsPerArticle implements ProgramType {

    public static final String TYPE_ID = "points-per-article";
    static final String POINTS = "points";
    static final String ARTICLES = "articles";

    private static final List<ConfigField> FIELDS = List.of(
            ConfigField.integer(POINTS, "Points earned", 1, 1, 10_000),
            ConfigField.integer(ARTICLES, "For every this many articles (1: per article)", 1, 1, 1000),
            Fields.category("Only articles of this category count (empty: all)"));

    @Override
    public ProgramDescriptor describe() {
        return new ProgramDescriptor(TYPE_ID, "Points per article",
                "Members earn points for each article, or for every group of articles, they buy.",
                FIELDS, List.of(Asset.POINTS.code()));
    }

    @Override
    public void validate(ProgramConfig config) {
        Fields.checkAll(config, FIELDS);
    }

    @Override
    public List<Effect> onEvent(ProgramContext context, TillEvent event) {
        if (event.kind() != EventKind.SALE || event.moneyPaidMinor() == 0) {
            return List.of();
        }
        ProgramConfig config = context.config();
        long groups = Basket.articles(event, Fields.category(config)) / config.getLong(ARTICLES, 1);
        return PointsAward.of(context, Math.multiplyExact(groups, config.getLong(POINTS, 1)));
    }
}
