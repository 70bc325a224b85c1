package net.safeskill.lms.shared.application;

import java.time.LocalDate;
import java.time.ZoneId;

/** The platform's calendar: dates (employment start, expiry, ...) are dates in China Standard Time. */
public final class PlatformClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PlatformClock() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
