package net.safeskill.lms.bank.domain.model.transfer;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * Industry names as exchange files write them (行业名称, E2): the Chinese names of the Excel template (the same as the
 * UI's {@code industry.*} texts) and the enum names; reading accepts both and a few short forms.
 */
final class IndustryNames {

    private static final Map<Industry, String> CHINESE = new EnumMap<>(Map.of(
            Industry.CHEMICALS, "化工（危险化学品）",
            Industry.NON_COAL_MINES, "非煤矿山",
            Industry.METAL_SMELTING, "金属冶炼",
            Industry.FIREWORKS, "烟花爆竹",
            Industry.COMBUSTIBLE_DUST, "粉尘涉爆",
            Industry.AMMONIA_REFRIGERATION, "涉氨制冷",
            Industry.GENERAL, "通用"));

    private IndustryNames() {
    }

    static String chinese(Industry industry) {
        return CHINESE.get(industry);
    }

    /** @throws DomainException {@code bank.import.industry} for a name that is no industry */
    static Industry parse(String name) {
        String clean = name == null ? "" : name.strip();
        for (Map.Entry<Industry, String> e : CHINESE.entrySet()) {
            if (e.getValue().equals(clean) || e.getKey().name().equals(clean.toUpperCase(Locale.ROOT))) {
                return e.getKey();
            }
        }
        switch (clean.replace("(", "（").replace(")", "）")) {
            case "化工", "危险化学品", "危化品", "化工（危化品）" -> {
                return Industry.CHEMICALS;
            }
            default -> throw new DomainException("bank.import.industry", clean);
        }
    }

    static String[] chineseNames() {
        return CHINESE.values().toArray(String[]::new);
    }
}
